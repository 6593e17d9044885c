import { spawn } from 'node:child_process';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../index';
import { useTempDirs } from './admin-helpers';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const tempDir = useTempDirs();

/** Runs `npm run server`'s command until it has printed how to get in; then stops it. */
async function startOutput(...args: string[]): Promise<{ stdout: string; url: string }> {
  const child = spawn(tsx, ['server/main.ts', '--port', '0', ...args], { cwd: root });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => {
        // The last block printed: the demo tokens, or the accounts line and its hint.
        if (/(admin\s+demo-admin-token|npm run admin -- --db \S+ (init|$))/m.test(stdout))
          resolve();
      });
      child.once('exit', () => reject(new Error(`exited early:\n${stdout}`)));
    });
    const url = /Case API:\s+(http:\/\/\S+)\/api/.exec(stdout)?.[1];
    if (!url) throw new Error(`no URL in:\n${stdout}`);
    const me = await fetch(`${url}/api/me`, {
      headers: { Authorization: `Bearer ${DEMO_TOKENS.admin}` },
    });
    // The consoles' own backends need no token: they must not exist on a team's server.
    const consoleApi = await fetch(`${url}/console/api/cases`);
    return {
      stdout:
        `${stdout}\n/api/me with the demo admin token: ${me.status}` +
        `\n/console/api/cases: ${consoleApi.status}`,
      url,
    };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const count = (db: string, table: string) => {
  const handle = new BetterSqlite3(db, { readonly: true });
  try {
    return handle.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
  } finally {
    handle.close();
  }
};

describe('npm run server', () => {
  it('seeds nothing and prints no token without --demo; it says how to create the first admin', async () => {
    const db = join(tempDir(), 'prod.db');
    const { stdout } = await startOutput('--db', db);
    for (const token of Object.values(DEMO_TOKENS)) expect(stdout).not.toContain(token);
    expect(stdout).toContain(`npm run admin -- --db ${db} init --name`);
    expect(stdout).toContain('/api/me with the demo admin token: 401');
    expect(stdout).toContain('/console/api/cases: 404');
    expect(stdout).not.toContain('Demo console:');
    for (const table of ['cases', 'users', 'tokens', 'teams', 'audit_log']) {
      expect({ table, rows: count(db, table) }).toEqual({ table, rows: 0 });
    }
  }, 60_000);

  it('with --demo seeds the demo cases and accounts and prints their public tokens', async () => {
    const db = join(tempDir(), 'demo.db');
    const { stdout } = await startOutput('--db', db, '--demo');
    for (const token of Object.values(DEMO_TOKENS)) expect(stdout).toContain(token);
    expect(stdout).toContain('/api/me with the demo admin token: 200');
    expect(stdout).toContain('/console/api/cases: 200');
    expect(count(db, 'cases')).toBeGreaterThan(10);
    expect(count(db, 'users')).toBe(Object.keys(DEMO_TOKENS).length);
  }, 60_000);
});

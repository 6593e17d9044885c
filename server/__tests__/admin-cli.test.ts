import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  auditListSchema,
  issuedTokenSchema,
  tokenListSchema,
  userListSchema,
} from '../../utils/case-api/admin-schema';
import { startCaseApi } from '../index';
import { caller, useTempDirs } from './admin-helpers';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);
const tempDir = useTempDirs();
/** Each run starts tsx (1-2 s on a loaded 2-core machine). */
const SPAWNS_TIMEOUT_MS = 180_000;

/** Runs `tsx server/admin-cli.ts --db <db> ...args` for real; answers exit code and output. */
async function admin(db: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, ['server/admin-cli.ts', '--db', db, ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const json = async (db: string, ...args: string[]) => {
  const result = await admin(db, ...args, '--json');
  if (result.code !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
};

describe('admin CLI', () => {
  it(
    'sets up a team from nothing, and its changes reach a running server at once',
    async () => {
      const db = join(tempDir(), 'team.db');
      const init = await admin(db, 'init', '--name', 'Ada Admin');
      expect(init.code).toBe(0);
      const adminToken = /^\s+(cl_\S+)$/m.exec(init.stdout)?.[1];
      expect(adminToken).toMatch(/^cl_/);
      // A second init would be a way to mint an admin token: refused.
      expect((await admin(db, 'init', '--name', 'Eve')).code).toBe(1);

      await json(db, 'team', 'create', '--name', 'Acme BPO', '--kind', 'vendor');
      await json(
        db,
        'user',
        'create',
        '--name',
        'Rae Viewer',
        '--role',
        'reviewer',
        '--team',
        'acme-bpo',
        '--site',
        'Manila',
      );
      await json(db, 'user', 'create', '--name', 'Exporter', '--role', 'reviewer', '--service');
      const issued = issuedTokenSchema.parse(
        await json(
          db,
          'token',
          'issue',
          'rae-viewer',
          '--label',
          'laptop',
          '--expires-in-days',
          '30',
        ),
      );
      const users = userListSchema.parse(await json(db, 'user', 'list')).users;
      expect(users.map((u) => [u.id, u.role, u.kind, u.team?.id ?? null])).toEqual([
        ['ada-admin', 'admin', 'person', null],
        ['exporter', 'reviewer', 'service', null],
        ['rae-viewer', 'reviewer', 'person', 'acme-bpo'],
      ]);

      const server = await startCaseApi({ demo: false, dbPath: db });
      try {
        const asRae = caller(() => server.url, issued.token);
        expect((await asRae('GET', '/api/me')).body).toMatchObject({
          id: 'rae-viewer',
          team: { id: 'acme-bpo', kind: 'vendor' },
          site: 'Manila',
        });
        expect(
          (await caller(() => server.url, adminToken!)('GET', '/api/admin/users')).status,
        ).toBe(200);

        expect((await admin(db, 'user', 'disable', 'rae-viewer')).code).toBe(0);
        expect((await asRae('GET', '/api/me')).status).toBe(401);
        expect((await admin(db, 'user', 'enable', 'rae-viewer')).code).toBe(0);
        expect((await asRae('GET', '/api/me')).status).toBe(200);
        expect((await admin(db, 'token', 'revoke', issued.info.id)).code).toBe(0);
        expect((await asRae('GET', '/api/me')).status).toBe(401);
      } finally {
        await server.close();
      }

      const tokens = tokenListSchema.parse(await json(db, 'token', 'list', '--user', 'rae-viewer'));
      expect(tokens.tokens.map((t) => [t.state, t.label])).toEqual([['revoked', 'laptop']]);
      expect(tokens.tokens[0]?.lastUsedAt).not.toBeNull();

      const audit = auditListSchema.parse(await json(db, 'audit'));
      expect(audit.entries.map((e) => e.action).toReversed()).toEqual([
        'user.create',
        'token.issue',
        'team.create',
        'user.create',
        'user.create',
        'token.issue',
        'user.disable',
        'user.enable',
        'token.revoke',
      ]);
      const me = `cli:${userInfo().username}`;
      for (const entry of audit.entries) expect(entry.actor).toBe(me);

      // Nothing on disk holds a token (the database, and its WAL if one is left).
      const dir = join(db, '..');
      const files = readdirSync(dir).map((name) =>
        readFileSync(join(dir, name)).toString('latin1'),
      );
      for (const token of [adminToken!, issued.token]) {
        for (const file of files) expect(file).not.toContain(token);
      }
    },
    SPAWNS_TIMEOUT_MS,
  );

  it(
    'says what is wrong: exit 2 for the command line, 1 for a refusal',
    async () => {
      const db = join(tempDir(), 'errors.db');
      // Independent runs: started together to spend the tsx start-up once.
      const [unknown, badRole, noUser, noDb] = await Promise.all([
        admin(db, 'user', 'frobnicate'),
        admin(db, 'user', 'create', '--name', 'X', '--role', 'boss'),
        admin(db, 'token', 'issue', 'nobody'),
        run(tsx, ['server/admin-cli.ts', 'user', 'list'], { cwd: root }).catch(
          (error: { code: number; stderr: string }) => error,
        ),
      ]);
      expect(unknown.code).toBe(2);
      expect(badRole.code).toBe(2);
      expect(noUser).toMatchObject({ code: 1 });
      expect(noUser.stderr).toContain('No user nobody');
      expect(noDb).toMatchObject({ code: 2 });
    },
    SPAWNS_TIMEOUT_MS,
  );

  it(
    'migrates a new database once when several processes open it at the same moment',
    async () => {
      const db = join(tempDir(), 'race.db');
      const runs = await Promise.all([1, 2, 3, 4].map(() => admin(db, 'team', 'list')));
      expect(runs.map((r) => [r.code, r.stderr])).toEqual(runs.map(() => [0, '']));
    },
    SPAWNS_TIMEOUT_MS,
  );
});

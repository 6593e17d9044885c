import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { meSchema } from '../../utils/case-api/schema';
import { migrations } from '../db/migrations';
import { DEMO_TOKENS, startCaseApi } from '../index';

const dirs: string[] = [];
function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caselight-server-'));
  dirs.push(dir);
  return join(dir, 'caselight.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const countCases = (db: import('../index').Database) =>
  db.prepare('SELECT COUNT(*) FROM cases').pluck().get();

describe('file-backed database', () => {
  it('keeps cases and edits across a restart, without seeding twice', async () => {
    const dbPath = tempDbPath();
    const first = await startCaseApi({ demo: true, dbPath });
    const seeded = countCases(first.db);
    first.db.prepare("UPDATE cases SET status = 'resolved' WHERE id = 'C-1001'").run();
    await first.close();

    const second = await startCaseApi({ demo: true, dbPath });
    try {
      expect(countCases(second.db)).toBe(seeded);
      const response = await fetch(`${second.url}/api/cases/C-1001`, {
        headers: { Authorization: `Bearer ${DEMO_TOKENS.lead}` },
      });
      expect(((await response.json()) as { status: string }).status).toBe('resolved');
      const me = await fetch(`${second.url}/api/me`, {
        headers: { Authorization: `Bearer ${DEMO_TOKENS.lead}` },
      });
      expect(meSchema.parse(await me.json()).role).toBe('policy-lead');
    } finally {
      await second.close();
    }
  });

  it('records the schema version and migrates only once', async () => {
    const dbPath = tempDbPath();
    const first = await startCaseApi({ demo: true, dbPath });
    expect(first.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    await first.close();
    // A second start must not try to re-create tables (it would throw if it did).
    const second = await startCaseApi({ demo: true, dbPath });
    expect(second.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    await second.close();
  });

  it('starts empty with demo: false', async () => {
    const server = await startCaseApi({ demo: false });
    try {
      expect(countCases(server.db)).toBe(0);
      const me = await fetch(`${server.url}/api/me`, {
        headers: { Authorization: `Bearer ${DEMO_TOKENS.reviewer}` },
      });
      expect(me.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('close() is idempotent and frees the port', async () => {
    const server = await startCaseApi({ demo: true });
    await fetch(`${server.url}/api/health`);
    await Promise.all([server.close(), server.close()]);
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow('fetch failed');
  });
});

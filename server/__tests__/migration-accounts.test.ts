import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { accountsMigration } from '../db/accounts-migration';
import { migrations } from '../db/migrations';
import { DEMO_TOKENS, DEMO_USERS, startCaseApi } from '../index';
import { useTempDirs } from './admin-helpers';
import { seedLegacyDatabase } from './legacy-seed';

const tempDir = useTempDirs();

describe('upgrading a database from before users and teams', () => {
  it('turns each token holder into a user and keeps every token working', async () => {
    const path = join(tempDir(), 'old.db');
    const old = new BetterSqlite3(path);
    const before = migrations.indexOf(accountsMigration);
    for (const migration of migrations.slice(0, before)) old.exec(migration.sql);
    old.pragma(`user_version = ${before}`);
    seedLegacyDatabase(old);
    old.close();

    // Not the demo: nothing is seeded, so what works is what the migration kept.
    const server = await startCaseApi({ demo: false, dbPath: path });
    try {
      const me = await fetch(`${server.url}/api/me`, {
        headers: { Authorization: `Bearer ${DEMO_TOKENS.reviewer2}` },
      });
      expect(await me.json()).toEqual({
        id: DEMO_USERS.reviewer2.id,
        name: DEMO_USERS.reviewer2.name,
        role: 'reviewer',
        team: null,
        site: null,
      });
      const users = server.db.prepare('SELECT id, role FROM users ORDER BY id').all();
      expect(users).toEqual([
        { id: 'admin-root', role: 'admin' },
        { id: 'lead-priya', role: 'policy-lead' },
        { id: 'rev-ana', role: 'reviewer' },
        { id: 'rev-ben', role: 'reviewer' },
        { id: 'trainer-tom', role: 'trainer' },
      ]);
      const labels = server.db.prepare('SELECT label FROM tokens ORDER BY label').pluck().all();
      expect(labels).toContain('demo reviewer2');
      expect(
        server.db.prepare("SELECT name FROM sqlite_master WHERE name = 'legacy_tokens'").get(),
      ).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

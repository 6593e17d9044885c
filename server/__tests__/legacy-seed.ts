import type { Database } from 'better-sqlite3';
import { putCases } from '../db/write-cases';
import { DEMO_TOKENS, DEMO_USERS, type DemoAccount } from '../demo-tokens';
import { hashToken } from '../db/tokens';
import { seedCases } from '../seed';

/**
 * The demo seed as builds before users and teams wrote it (their `tokens` rows carried the
 * user's name and role), for tests that upgrade a database made by such a build.
 */
export function seedLegacyDatabase(db: Database, now = new Date()): void {
  const insert = db.prepare(
    `INSERT INTO tokens (token_hash, user_id, user_name, role, label, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  // The QA and vendor-manager roles are newer than those builds.
  const accounts = (Object.keys(DEMO_TOKENS) as DemoAccount[]).filter(
    (a) => a !== 'qa' && a !== 'vendor',
  );
  for (const account of accounts) {
    const user = DEMO_USERS[account];
    const token = DEMO_TOKENS[account];
    insert.run(
      hashToken(token),
      user.id,
      user.name,
      user.role,
      `demo ${account}`,
      now.toISOString(),
    );
  }
  putCases(db, seedCases(now));
}

import type { Database } from 'better-sqlite3';
import { countUsers } from './db/users';
import { DEMO_TOKENS } from './demo-tokens';

/**
 * How to get in, printed at start: the public demo tokens with `--demo`; otherwise, on a
 * database with no users yet, the admin CLI command that creates the first admin.
 */
export function printAccess(db: Database, { demo, dbPath }: { demo: boolean; dbPath: string }) {
  if (demo) {
    console.log(
      '  Demo data:     on (--demo); public demo tokens (Authorization: Bearer <token>):',
    );
    for (const [account, token] of Object.entries(DEMO_TOKENS)) {
      console.log(`    ${account.padEnd(10)} ${token}`);
    }
    return;
  }
  const users = countUsers(db);
  if (users > 0) {
    console.log(
      `  Accounts:      ${users} user(s); manage them with npm run admin -- --db ${dbPath}`,
    );
    return;
  }
  console.log('  Accounts:      none yet. Create the first admin (prints its token once):');
  if (dbPath === ':memory:') {
    console.log('    this database is in memory: restart with --db <file> to keep accounts, then');
  }
  console.log(
    `    npm run admin -- --db ${dbPath === ':memory:' ? '<file>' : dbPath} init --name "<your name>"`,
  );
}

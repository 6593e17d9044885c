import type { Database } from 'better-sqlite3';
import { countUsers } from './db/users';
import { DEMO_TOKENS } from './demo-tokens';
import type { StartCaseApiOptions } from './start';

/** What the start banner describes: the options it was started with, and how many processes. */
export interface BannerOptions extends StartCaseApiOptions {
  dbPath: string;
  instances: number;
}

/** Where everything is, printed once per start (by the primary when there are several). */
export function printBanner(url: string, db: Database, options: BannerOptions): void {
  console.log(`Caselight reference case API (database: ${options.dbPath})`);
  if (options.demo) {
    console.log(`  Demo console:  ${url}/console`);
    console.log(`  Classic:       ${url}/classic`);
  }
  console.log(`  Case API:      ${url}/api  (OpenAPI: ${url}/api/openapi.json)`);
  console.log(
    `  Cases:         ${options.strictCases ? 'only known cases (strict)' : 'any console case accepted'}; ` +
      (options.keepCaseText
        ? `case text kept ${options.caseTextRetentionDays} days`
        : 'case text not kept'),
  );
  const preReview = options.preReview;
  console.log(
    `  Pre-review:    ${preReview ? `${preReview.model} at ${preReview.baseURL}` : 'off (no CASELIGHT_PREREVIEW_API_KEY)'}`,
  );
  const oidc = options.oidc;
  if (oidc)
    console.log(`  Sign-in:       ${oidc.issuer} (client ${oidc.clientId}) or bearer tokens`);
  console.log(
    `  Instances:     ${options.instances} (health: ${url}/healthz, readiness: ${url}/readyz)`,
  );
  printAccess(db, options);
}

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

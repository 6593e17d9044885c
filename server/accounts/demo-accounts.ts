import type { Database } from 'better-sqlite3';
import { DEMO_TEAMS, DEMO_TOKENS, DEMO_USERS, type DemoAccount } from '../demo-tokens';
import { findTeam } from '../db/teams';
import { tokenHashExists } from '../db/tokens';
import { findUser } from '../db/users';
import type { ActionContext } from './audited';
import { createTeam } from './teams';
import { issueToken } from './tokens';
import { createUser } from './users';

/**
 * Seeds the demo teams, users and their public tokens through the same audited actions an
 * admin uses, skipping what exists (a file-backed demo keeps its accounts, and any change an
 * admin made to them, across restarts).
 */
export function seedDemoAccounts(db: Database, now: Date): void {
  const ctx: ActionContext = { db, actor: 'demo-seed', now };
  for (const team of DEMO_TEAMS) {
    if (!findTeam(db, team.id)) expectOk(createTeam(ctx, team));
  }
  for (const account of Object.keys(DEMO_TOKENS) as DemoAccount[]) {
    const { id, name, role, team, site } = DEMO_USERS[account];
    if (!findUser(db, id)) {
      expectOk(createUser(ctx, { id, name, role, teamId: team?.id, site: site ?? undefined }));
    }
    const token = DEMO_TOKENS[account];
    if (!tokenHashExists(db, token)) {
      expectOk(issueToken(ctx, { userId: id, token, label: `demo ${account}` }));
    }
  }
}

function expectOk(result: { ok: true } | { ok: false; message: string }): void {
  if (!result.ok) throw new Error(`demo seed: ${result.message}`);
}

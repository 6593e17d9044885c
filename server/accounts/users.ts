import {
  userChangeSchema,
  userInputSchema,
  type User,
  type UserChange,
  type UserInput,
} from '../../utils/case-api/admin-schema';
import { findTeam } from '../db/teams';
import { findUser, insertUser, updateUser, type UserRow } from '../db/users';
import { audited, refuse, slugId, type ActionContext, type ActionResult } from './audited';

const emailTaken = (ctx: ActionContext, email: string) =>
  ctx.db.prepare('SELECT 1 FROM users WHERE email = ?').get(email) !== undefined;

const otherEnabledAdmin = (ctx: ActionContext, id: string) =>
  ctx.db
    .prepare("SELECT 1 FROM users WHERE role = 'admin' AND disabled_at IS NULL AND id != ?")
    .get(id) !== undefined;

/** True when `change` would leave the database without an enabled admin. */
function removesLastAdmin(ctx: ActionContext, current: User, change: UserChange): boolean {
  if (current.role !== 'admin' || current.disabledAt !== null) return false;
  const stopsBeingAdmin = change.disabled === true || (change.role ?? 'admin') !== 'admin';
  return stopsBeingAdmin && !otherEnabledAdmin(ctx, current.id);
}

/** Creates a user (a person or a service account) with a role and, optionally, team and site. */
export function createUser(ctx: ActionContext, input: UserInput): ActionResult<User> {
  const user = userInputSchema.parse(input);
  return audited(ctx, () => {
    if (user.id !== undefined && findUser(ctx.db, user.id)) {
      return refuse('conflict', `A user with id ${user.id} exists already.`);
    }
    if (user.email !== undefined && emailTaken(ctx, user.email)) {
      return refuse('conflict', `A user with email ${user.email} exists already.`);
    }
    if (user.teamId !== undefined && !findTeam(ctx.db, user.teamId)) {
      return refuse('invalid', `No team ${user.teamId}.`);
    }
    const id = user.id ?? slugId(user.name, (taken) => findUser(ctx.db, taken) !== undefined);
    const row: UserRow = {
      id,
      name: user.name,
      email: user.email ?? null,
      role: user.role,
      kind: user.kind,
      teamId: user.teamId ?? null,
      site: user.site ?? null,
      disabledAt: null,
    };
    const created = insertUser(ctx.db, row, ctx.now.toISOString());
    const { id: _id, disabledAt: _d, ...detail } = row;
    return {
      ok: true,
      value: { value: created, audit: { action: 'user.create', target: id, detail } },
    };
  });
}

/**
 * Changes a user's name, role, team or site, or disables or enables them. Disabling takes
 * effect on the user's next request: tokens are checked against the user every time.
 */
export function changeUser(ctx: ActionContext, id: string, input: UserChange): ActionResult<User> {
  const change = userChangeSchema.parse(input);
  return audited(ctx, () => {
    const current = findUser(ctx.db, id);
    if (!current) return refuse('not_found', `No user ${id}.`);
    // Without an enabled admin nobody could use the admin page again; `init` would be the
    // only way back, so the CLI operator is stopped here too, before it happens.
    if (removesLastAdmin(ctx, current, change)) {
      return refuse(
        'conflict',
        `${id} is the last enabled admin: make another user admin before disabling or demoting them.`,
      );
    }
    if (change.teamId && !findTeam(ctx.db, change.teamId)) {
      return refuse('invalid', `No team ${change.teamId}.`);
    }
    const disabledAt =
      change.disabled === undefined
        ? current.disabledAt
        : change.disabled
          ? (current.disabledAt ?? ctx.now.toISOString())
          : null;
    const row: UserRow = {
      id,
      name: change.name ?? current.name,
      email: current.email,
      role: change.role ?? current.role,
      kind: current.kind,
      teamId: change.teamId === undefined ? (current.team?.id ?? null) : change.teamId,
      site: change.site === undefined ? current.site : change.site,
      disabledAt,
    };
    const updated = updateUser(ctx.db, row);
    const action =
      change.disabled === undefined
        ? 'user.change'
        : change.disabled
          ? 'user.disable'
          : 'user.enable';
    return { ok: true, value: { value: updated, audit: { action, target: id, detail: change } } };
  });
}

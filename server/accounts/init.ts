import type { IssuedToken, User } from '../../utils/case-api/admin-schema';
import { refuse, type ActionContext, type ActionResult } from './audited';
import { issueToken } from './tokens';
import { createUser } from './users';

const hasEnabledAdmin = (ctx: ActionContext) =>
  ctx.db.prepare("SELECT 1 FROM users WHERE role = 'admin' AND disabled_at IS NULL").get() !==
  undefined;

/**
 * The first admin of a fresh database, with a token shown once. Refused once an enabled admin
 * exists: from then on admins create admins, and `init` cannot be used to mint a way in.
 */
export function initFirstAdmin(
  ctx: ActionContext,
  input: { name: string; id?: string; email?: string },
): ActionResult<{ user: User; issued: IssuedToken }> {
  return ctx.db
    .transaction((): ActionResult<{ user: User; issued: IssuedToken }> => {
      if (hasEnabledAdmin(ctx)) {
        return refuse(
          'conflict',
          'An enabled admin exists already: use `user create --role admin`.',
        );
      }
      const user = createUser(ctx, { ...input, role: 'admin' });
      if (!user.ok) return user;
      const issued = issueToken(ctx, { userId: user.value.id, label: 'init' });
      // Cannot be refused for a user just created; thrown so the user is rolled back with it.
      if (!issued.ok) throw new Error(issued.message);
      return { ok: true, value: { user: user.value, issued: issued.value } };
    })
    .immediate();
}

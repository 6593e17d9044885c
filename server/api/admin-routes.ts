import type { Database } from 'better-sqlite3';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import {
  auditListSchema,
  issuedTokenSchema,
  teamInputSchema,
  teamListSchema,
  teamSchema,
  tokenInfoSchema,
  tokenInputSchema,
  tokenListSchema,
  userChangeSchema,
  userInputSchema,
  userListSchema,
  userSchema,
} from '../../utils/case-api/admin-schema';
import type { ActionContext, ActionResult } from '../accounts/audited';
import { createTeam } from '../accounts/teams';
import { issueToken, revokeToken } from '../accounts/tokens';
import { changeUser, createUser } from '../accounts/users';
import { listAudit } from '../db/audit';
import { listTeams } from '../db/teams';
import { listTokens } from '../db/tokens';
import { listUsers } from '../db/users';
import { requireBearer, type ApiEnv } from './auth';
import { readJsonBody, summariseIssues } from './read-json';
import { sendError, sendJson } from './respond';

const adminsOnly: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (c.get('me').role !== 'admin') {
    return sendError(c, 403, 'forbidden', 'Only admins can manage users, teams and tokens.');
  }
  await next();
};

export const STATUS = { conflict: 409, not_found: 404, invalid: 422 } as const;

/** Parses the body with `schema`, runs the audited action as the signed-in admin, answers. */
export async function act<I extends z.ZodType, T>(
  c: Context<ApiEnv>,
  ctx: (c: Context<ApiEnv>) => ActionContext,
  input: I,
  run: (ctx: ActionContext, body: z.output<I>) => ActionResult<T>,
  answer: z.ZodType<T>,
  status: 200 | 201 = 200,
): Promise<Response> {
  const body = await readJsonBody(c);
  if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
  const parsed = input.safeParse(body.value);
  if (!parsed.success) return sendError(c, 422, 'invalid_body', summariseIssues(parsed.error));
  const result = run(ctx(c), parsed.data);
  if (!result.ok) return sendError(c, STATUS[result.problem], result.problem, result.message);
  return sendJson(c, answer, result.value, status);
}

const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.coerce.number().int().positive().optional(),
});

/**
 * Users, teams, tokens and the audit log, for the admin page: the admin CLI's actions over
 * HTTP, audited under the admin's user id. Admins only (403 for everyone else).
 */
export function addAdminRoutes(api: Hono<ApiEnv>, db: Database, clock: () => Date): void {
  api.use('/admin/*', requireBearer(db, clock), adminsOnly);
  const ctx = (c: Context<ApiEnv>): ActionContext => ({ db, actor: c.get('me').id, now: clock() });

  api.get('/admin/users', (c) => sendJson(c, userListSchema, { users: listUsers(db) }));
  api.post('/admin/users', (c) => act(c, ctx, userInputSchema, createUser, userSchema, 201));
  api.patch('/admin/users/:id', (c) => {
    const id = c.req.param('id');
    return act(
      c,
      ctx,
      userChangeSchema,
      (context, change) =>
        // An admin locking themselves out would need the CLI to get back in.
        id === context.actor && (change.disabled === true || (change.role ?? 'admin') !== 'admin')
          ? { ok: false, problem: 'conflict', message: 'You cannot disable or demote yourself.' }
          : changeUser(context, id, change),
      userSchema,
    );
  });

  api.get('/admin/teams', (c) => sendJson(c, teamListSchema, { teams: listTeams(db) }));
  api.post('/admin/teams', (c) => act(c, ctx, teamInputSchema, createTeam, teamSchema, 201));

  api.get('/admin/tokens', (c) => {
    const userId = c.req.query('userId');
    return sendJson(c, tokenListSchema, { tokens: listTokens(db, clock(), userId) });
  });
  api.post('/admin/tokens', (c) =>
    act(c, ctx, tokenInputSchema, issueToken, issuedTokenSchema, 201),
  );
  api.post('/admin/tokens/:id/revoke', (c) => {
    const result = revokeToken(ctx(c), c.req.param('id'));
    if (!result.ok) return sendError(c, STATUS[result.problem], result.problem, result.message);
    return sendJson(c, tokenInfoSchema, result.value);
  });

  api.get('/admin/audit', (c) => {
    const query = auditQuery.safeParse(c.req.query());
    if (!query.success) return sendError(c, 400, 'invalid_query', summariseIssues(query.error));
    return sendJson(c, auditListSchema, { entries: listAudit(db, query.data) });
  });
}

import type { Database } from 'better-sqlite3';
import type { MiddlewareHandler } from 'hono';
import type { Me } from '../../utils/case-api/schema';
import { findUserByToken } from '../db/tokens';
import { sendError } from './respond';

/** Hono environment for authenticated API routes: the signed-in user is on the context. */
export interface ApiEnv {
  Variables: { me: Me };
}

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/**
 * Requires `Authorization: Bearer <token>` naming a token that is neither revoked nor expired
 * (at `clock()`) and whose user is enabled, checked on every request. The user's role is on
 * the context, so later routes (decisions, guidance publishing) can check `c.get('me').role`.
 */
export function requireBearer(
  db: Database,
  clock: () => Date = () => new Date(),
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    const token = header === undefined ? undefined : BEARER.exec(header)?.[1];
    const me = token === undefined ? undefined : findUserByToken(db, token, clock());
    if (me === undefined) {
      c.header('WWW-Authenticate', 'Bearer realm="caselight"');
      const message =
        token === undefined ? 'A bearer token is required.' : 'The bearer token is not valid.';
      return sendError(c, 401, 'unauthorized', message);
    }
    c.set('me', me);
    await next();
  };
}

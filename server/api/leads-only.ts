import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './auth';
import { sendError } from './respond';

/** Refuses (403) everyone but policy leads and admins, saying what they tried to do. */
export function leadsOnly(what: string): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const { role } = c.get('me');
    if (role !== 'policy-lead' && role !== 'admin') {
      return sendError(c, 403, 'forbidden', `Only policy leads and admins can ${what}.`);
    }
    await next();
  };
}

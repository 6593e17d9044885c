import type { Database } from 'better-sqlite3';
import type { Context, Hono } from 'hono';
import {
  groupMappingInputSchema,
  groupMappingListSchema,
  groupMappingSchema,
  ssoConfigSchema,
  ssoSessionRequestSchema,
  ssoSessionSchema,
} from '../../utils/case-api/sso-schema';
import type { ActionContext } from '../accounts/audited';
import { act, STATUS } from '../api/admin-routes';
import type { ApiEnv } from '../api/auth';
import { readJsonBody, summariseIssues } from '../api/read-json';
import { sendError, sendJson } from '../api/respond';
import { listGroupMappings } from '../db/oidc';
import { mapGroup, unmapGroup } from './group-mappings';
import { signIn } from './sign-in';
import { createIdTokenVerifier, type OidcSettings } from './verify-id-token';

/**
 * Sign-in through the team's OpenID Connect provider, and the admin's group mappings. Call
 * after `addAdminRoutes`, whose `/admin/*` guard (admins only) then covers the mapping routes.
 */
export function addSsoRoutes(
  api: Hono<ApiEnv>,
  db: Database,
  settings: OidcSettings | undefined,
  clock: () => Date,
): void {
  const verify = settings && createIdTokenVerifier(settings, clock);

  api.get('/auth/oidc/config', (c) =>
    sendJson(
      c,
      ssoConfigSchema,
      settings
        ? { enabled: true, issuer: settings.issuer, clientId: settings.clientId }
        : { enabled: false },
    ),
  );

  api.post('/auth/oidc/session', async (c) => {
    if (!settings || !verify) {
      return sendError(c, 404, 'sso_not_configured', 'This case API has no single sign-on set up.');
    }
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const request = ssoSessionRequestSchema.safeParse(body.value);
    if (!request.success) return sendError(c, 422, 'invalid_body', summariseIssues(request.error));
    const verified = await verify(request.data.idToken, request.data.nonce);
    if (!verified.ok) {
      if (verified.problem === 'invalid-token')
        return sendError(c, 401, 'invalid_token', verified.message);
      c.header('Retry-After', '30');
      return sendError(c, 503, 'provider_unreachable', verified.message);
    }
    const outcome = signIn(db, settings, verified.claims, clock());
    if (!outcome.ok) return sendError(c, 403, 'forbidden', outcome.message);
    return sendJson(c, ssoSessionSchema, outcome.session, 201);
  });

  const ctx = (c: Context<ApiEnv>): ActionContext => ({ db, actor: c.get('me').id, now: clock() });
  api.get('/admin/sso-groups', (c) =>
    sendJson(c, groupMappingListSchema, { mappings: listGroupMappings(db) }),
  );
  api.post('/admin/sso-groups', (c) =>
    act(c, ctx, groupMappingInputSchema, mapGroup, groupMappingSchema),
  );
  api.delete('/admin/sso-groups', (c) => {
    const result = unmapGroup(ctx(c), c.req.query('group') ?? '');
    if (!result.ok) return sendError(c, STATUS[result.problem], result.problem, result.message);
    return sendJson(c, groupMappingSchema, result.value);
  });
}

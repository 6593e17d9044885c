import {
  auditListSchema,
  issuedTokenSchema,
  teamListSchema,
  teamSchema,
  tokenInfoSchema,
  tokenListSchema,
  userListSchema,
  userSchema,
} from '../case-api/admin-schema';
import type { CaseApiSession } from '../case-api/client';
import { meSchema } from '../case-api/schema';
import {
  AUDIT_PAGE_SIZE,
  type AdminAnswers,
  type AdminOp,
  type AdminRequest,
} from '../admin/admin-messages';
import { editorGet, editorSend, editorSession } from '../guidance/editor-client';
import type { Handlers } from '../messaging/router';

/**
 * The admin page's calls to the case API, made here because pages never call it. Every op has
 * its fixed path (ids are encoded) and every answer is validated against the shared admin
 * schema before the page sees it; the case API refuses anyone but an admin (403) itself.
 */

type OpHandler<O extends AdminOp> = (
  session: CaseApiSession,
  request: Extract<AdminRequest, { op: O }>,
) => Promise<AdminAnswers[O]>;

const post = (path: string, body: unknown) => ({ method: 'POST', path, body }) as const;

const ops: { [O in AdminOp]: OpHandler<O> } = {
  me: async (session) => {
    const answer = await editorGet(session, '/me', meSchema);
    return answer.ok ? { ok: true, me: answer.value, baseUrl: session.baseUrl } : answer;
  },
  'list-users': async (session) => {
    const answer = await editorGet(session, '/admin/users', userListSchema);
    return answer.ok ? { ok: true, users: answer.value.users } : answer;
  },
  'create-user': async (session, { input }) => {
    const answer = await editorSend(session, post('/admin/users', input), userSchema);
    return answer.ok ? { ok: true, user: answer.value } : answer;
  },
  'change-user': async (session, { userId, change }) => {
    const path = `/admin/users/${encodeURIComponent(userId)}`;
    const answer = await editorSend(session, { method: 'PATCH', path, body: change }, userSchema);
    return answer.ok ? { ok: true, user: answer.value } : answer;
  },
  'list-teams': async (session) => {
    const answer = await editorGet(session, '/admin/teams', teamListSchema);
    return answer.ok ? { ok: true, teams: answer.value.teams } : answer;
  },
  'create-team': async (session, { input }) => {
    const answer = await editorSend(session, post('/admin/teams', input), teamSchema);
    return answer.ok ? { ok: true, team: answer.value } : answer;
  },
  'list-tokens': async (session) => {
    const answer = await editorGet(session, '/admin/tokens', tokenListSchema);
    return answer.ok ? { ok: true, tokens: answer.value.tokens } : answer;
  },
  'issue-token': async (session, { input }) => {
    const answer = await editorSend(session, post('/admin/tokens', input), issuedTokenSchema);
    return answer.ok ? { ok: true, issued: answer.value } : answer;
  },
  'revoke-token': async (session, { tokenId }) => {
    const path = `/admin/tokens/${encodeURIComponent(tokenId)}/revoke`;
    const answer = await editorSend(session, post(path, {}), tokenInfoSchema);
    return answer.ok ? { ok: true, token: answer.value } : answer;
  },
  audit: async (session, { before }) => {
    const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
    if (before !== undefined) query.set('before', String(before));
    const answer = await editorGet(session, `/admin/audit?${query}`, auditListSchema);
    return answer.ok ? { ok: true, entries: answer.value.entries } : answer;
  },
};

export async function handleAdminRequest<O extends AdminOp>(
  request: Extract<AdminRequest, { op: O }>,
  token?: string,
): Promise<AdminAnswers[O]> {
  // The table is keyed by op, so the handler found is the one for this request's op.
  const handler = ops[request.op as O] as OpHandler<O>;
  return handler(await editorSession(token), request);
}

export const adminHandlers: Pick<Handlers, 'admin:request'> = {
  'admin:request': ({ token, request }) => handleAdminRequest(request, token),
};

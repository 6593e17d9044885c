import { meSchema } from '../case-api/schema';
import { editorGet, editorSession } from '../guidance/editor-client';
import type { Handlers } from '../messaging/router';
import type { OpsAnswers, OpsRequest } from '../ops/ops-messages';
import { opsSummarySchema } from '../ops/summary-schema';

/**
 * The operations dashboard's reads of the case API, made here because pages never call it.
 * The case API scopes the figures by the token's role; the answer is validated before the
 * page sees it.
 */
export async function handleOpsRequest(
  request: OpsRequest,
  token?: string,
): Promise<OpsAnswers[OpsRequest['op']]> {
  const session = await editorSession(token);
  if (request.op === 'me') {
    const answer = await editorGet(session, '/me', meSchema);
    return answer.ok ? { ok: true, me: answer.value, baseUrl: session.baseUrl } : answer;
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const answer = await editorGet(session, `/ops/summary?${params}`, opsSummarySchema);
  return answer.ok ? { ok: true, summary: answer.value } : answer;
}

export const opsHandlers: Pick<Handlers, 'ops:request'> = {
  'ops:request': ({ token, request }) => handleOpsRequest(request, token),
};

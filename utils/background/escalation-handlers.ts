import { caseApiFetch, caseApiGet, CaseApiError, serverMessage } from '../case-api/client';
import type { EscalationOp } from '../escalations/escalation-messages';
import { caseEscalationsSchema, escalationSchema } from '../escalations/schema';
import type { ResponseMap } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';

type Answer = ResponseMap['escalations:request'];
const part = encodeURIComponent;

async function run(request: EscalationOp): Promise<Answer> {
  if (request.op === 'load') {
    const path = `/consoles/${part(request.console)}/cases/${part(request.caseId)}/escalations`;
    return { ok: true, op: 'load', ...(await caseApiGet(path, caseEscalationsSchema)) };
  }
  const verb = request.to === 'acknowledged' ? 'acknowledge' : 'close';
  const response = await caseApiFetch(`/escalations/${part(request.escalationId)}/${verb}`, {
    method: 'POST',
    body: request.note ? { note: request.note } : {},
  });
  // A 409 says who moved it first: the panel shows that and reloads.
  if (!response.ok) return { ok: false, message: await serverMessage(response) };
  return { ok: true, op: 'move', escalation: escalationSchema.parse(await response.json()) };
}

/** The panel's escalation banner: read a case's escalations, acknowledge or close one. */
export const escalationHandlers: Pick<Handlers, 'escalations:request'> = {
  'escalations:request': async ({ request }) => {
    try {
      return await run(request);
    } catch (error) {
      if (error instanceof CaseApiError) return { ok: false, message: error.message };
      throw error;
    }
  },
};

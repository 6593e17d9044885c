import type { CaseApiSession } from '../case-api/client';
import { editorGet, editorSend, editorSession } from '../guidance/editor-client';
import type { IncidentPageAnswer, IncidentPageRequest } from '../incidents/page-messages';
import {
  incidentActivitySchema,
  incidentChecklistSchema,
  incidentListSchema,
  incidentMatchAnswerSchema,
  incidentSchema,
} from '../incidents/schema';
import type { Handlers } from '../messaging/router';

/** The incident page's and the panels' incident calls, at fixed case API paths. */

const pathOf = (id: string) => `/incidents/${encodeURIComponent(id)}`;

async function view(session: CaseApiSession, id: string): Promise<IncidentPageAnswer> {
  const [incident, activity, checklist] = await Promise.all([
    editorGet(session, pathOf(id), incidentSchema),
    editorGet(session, `${pathOf(id)}/activity`, incidentActivitySchema),
    editorGet(session, `${pathOf(id)}/checklist`, incidentChecklistSchema),
  ]);
  if (!incident.ok) return incident;
  if (!activity.ok) return activity;
  if (!checklist.ok) return checklist;
  return {
    ok: true,
    view: { incident: incident.value, activity: activity.value, checklist: checklist.value },
  };
}

async function handlePage(request: IncidentPageRequest): Promise<IncidentPageAnswer> {
  const session = await editorSession();
  if (request.op === 'list') {
    const answer = await editorGet(session, '/incidents?all=true', incidentListSchema);
    return answer.ok ? { ok: true, incidents: answer.value.incidents } : answer;
  }
  if (request.op === 'tick') {
    const path = `${pathOf(request.id)}/checklist/${request.step}`;
    const body = { done: request.done };
    const ticked = await editorSend(
      session,
      { method: 'POST', path, body },
      incidentChecklistSchema,
    );
    if (!ticked.ok) return ticked;
  }
  if (request.op === 'close') {
    const path = `${pathOf(request.id)}/close`;
    const closed = await editorSend(session, { method: 'POST', path, body: {} }, incidentSchema);
    if (!closed.ok) return closed;
  }
  return view(session, request.id);
}

export const incidentHandlers: Pick<Handlers, 'incidents:page' | 'incidents:match'> = {
  'incidents:page': ({ request }) => handlePage(request),
  'incidents:match': async ({ incidentId, console, caseId }) => {
    const session = await editorSession();
    const path = `${pathOf(incidentId)}/matches`;
    const answer = await editorSend(
      session,
      { method: 'POST', path, body: { console, caseId } },
      incidentMatchAnswerSchema,
    );
    return answer.ok ? { ok: true } : { ok: false, message: answer.message };
  },
};

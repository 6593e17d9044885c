import { describe, expect, it } from 'vitest';
import {
  incidentActivitySchema,
  incidentChecklistSchema,
  incidentSchema,
} from '../../../utils/incidents/schema';
import { useServer } from '../../__tests__/helpers';
import { listAudit } from '../../db/audit';
import { DEMO_TOKENS } from '../../index';

/** The incident page's records: matches reported by panels, the checklist, its audit. */
const api = useServer();

function call(path: string, body?: unknown, token: string = DEMO_TOKENS.lead) {
  return fetch(`${api.server().url}/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function declare(): Promise<string> {
  const response = await call('/incidents', {
    title: 'Self-harm trend',
    severity: 'critical',
    signature: [{ kind: 'keyword', pattern: 'end it' }],
    playbookId: 'self-harm-escalation',
  });
  expect(response.status).toBe(201);
  return incidentSchema.parse(await response.json()).id;
}

describe('incident matches', () => {
  it('counts each matching case once per hour on the timeline, from any reviewer', async () => {
    const id = await declare();
    const match = (caseId: string, token: string = DEMO_TOKENS.reviewer) =>
      call(`/incidents/${id}/matches`, { console: 'demo-console', caseId }, token);
    expect((await match('C-1005')).status).toBe(201);
    expect((await match('C-1005', DEMO_TOKENS.lead)).status).toBe(200);
    expect((await match('C-1001')).status).toBe(201);
    const activity = incidentActivitySchema.parse(
      await (await call(`/incidents/${id}/activity`)).json(),
    );
    expect(activity.matches).toBe(2);
    expect(activity.hours.map((h) => [h.matches, h.decisions])).toEqual([[2, 0]]);
  });

  it('refuses a match with case text in it, or on a closed incident', async () => {
    const id = await declare();
    const withText = { console: 'demo-console', caseId: 'C-1005', text: 'I will end it' };
    expect((await call(`/incidents/${id}/matches`, withText)).status).toBe(422);
    await call(`/incidents/${id}/close`, {});
    const late = await call(`/incidents/${id}/matches`, { console: 'x', caseId: '1' });
    expect(late.status).toBe(409);
  });
});

describe('incident checklist', () => {
  it("lists the playbook's steps, and keeps who ticked which step when, with an audit entry", async () => {
    const id = await declare();
    const before = incidentChecklistSchema.parse(
      await (await call(`/incidents/${id}/checklist`)).json(),
    );
    expect(before.playbookTitle).toBe('Self-harm risk');
    expect(before.steps.map((s) => s.done)).toEqual([false, false, false, false]);

    expect((await call(`/incidents/${id}/checklist/1`, { done: true })).status).toBe(200);
    const after = incidentChecklistSchema.parse(
      await (await call(`/incidents/${id}/checklist`, undefined, DEMO_TOKENS.reviewer)).json(),
    );
    expect(after.steps[1]).toMatchObject({ done: true, by: expect.any(String) });
    expect(after.steps[1]?.at).toBeDefined();
    const audit = listAudit(api.server().db, { limit: 5 });
    expect(audit[0]).toMatchObject({
      action: 'incident.checklist',
      target: id,
      detail: { step: 1, done: true },
    });
  });

  it('lets only leads tick, and only steps the playbook has', async () => {
    const id = await declare();
    const byReviewer = await call(
      `/incidents/${id}/checklist/0`,
      { done: true },
      DEMO_TOKENS.reviewer,
    );
    expect(byReviewer.status).toBe(403);
    expect((await call(`/incidents/${id}/checklist/9`, { done: true })).status).toBe(422);
  });
});

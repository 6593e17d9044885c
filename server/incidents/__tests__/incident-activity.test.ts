import { describe, expect, it } from 'vitest';
import { incidentActivitySchema, incidentSchema } from '../../../utils/incidents/schema';
import { makeDecision, useDecisionServer } from '../../__tests__/decision-fixtures';
import { DEMO_TOKENS, DEMO_USERS } from '../../index';

const api = useDecisionServer();

async function declare(): Promise<string> {
  const response = await fetch(`${api.server().url}/api/incidents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEMO_TOKENS.lead}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: 'Raid',
      severity: 'critical',
      signature: [{ kind: 'keyword', pattern: 'raid' }],
    }),
  });
  return incidentSchema.parse(await response.json()).id;
}

describe('GET /api/incidents/:id/activity', () => {
  it('counts the decisions tagged with the incident per hour, reviewer and action', async () => {
    const id = await declare();
    const tagged = [
      makeDecision({ caseId: 'C-1001', incidentIds: [id], decidedAt: '2026-12-07T20:05:00Z' }),
      makeDecision({
        caseId: 'C-1002',
        incidentIds: [id, 'inc_other'],
        action: 'remove',
        decidedAt: '2026-12-07T20:55:00Z',
      }),
      makeDecision({ caseId: 'C-1003', incidentIds: [id], decidedAt: '2026-12-07T21:10:00Z' }),
    ];
    const untagged = makeDecision({ caseId: 'C-1004', decidedAt: '2026-12-07T21:15:00Z' });
    for (const decision of [...tagged, untagged]) {
      expect((await api.post(decision)).status).toBe(201);
    }
    const response = await api.get(`/api/incidents/${id}/activity`, DEMO_TOKENS.lead);
    expect(incidentActivitySchema.parse(await response.json())).toEqual({
      incidentId: id,
      decisions: 3,
      matches: 0,
      hours: [
        { hour: '2026-12-07T20:00:00.000Z', matches: 0, decisions: 2 },
        { hour: '2026-12-07T21:00:00.000Z', matches: 0, decisions: 1 },
      ],
      reviewers: [{ id: DEMO_USERS.reviewer.id, name: DEMO_USERS.reviewer.name, decisions: 3 }],
      actions: { warn: 2, remove: 1 },
    });
  });

  it('answers 404 for an unknown incident', async () => {
    expect((await api.get('/api/incidents/inc_nope/activity', DEMO_TOKENS.lead)).status).toBe(404);
  });
});

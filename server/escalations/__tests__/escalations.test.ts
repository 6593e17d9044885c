import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../utils/case-api/schema';
import { escalationListSchema, escalationSchema } from '../../../utils/escalations/schema';
import { makeDecision } from '../../__tests__/decision-fixtures';
import { DEMO_TOKENS, DEMO_USERS } from '../../index';
import { CONSOLE, freshCase, useEscalationServer } from './escalation-fixtures';

const api = useEscalationServer();
const errorOf = async (response: Response) => apiErrorSchema.parse(await response.json()).error;

describe('safety escalations', () => {
  it('an escalating live decision opens one that everyone who opens the case reads', async () => {
    const caseId = freshCase();
    const checklists = [
      {
        playbookId: 'self-harm-escalation',
        guidanceVersion: 1,
        required: true,
        stepsDone: [0, 1, 2, 3],
        stepCount: 4,
      },
    ];
    const decision = await api.escalate(caseId, { checklists });
    const { escalations, canManage } = await api.caseEscalations(caseId, DEMO_TOKENS.reviewer2);
    expect(canManage).toBe(false);
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      console: CONSOLE,
      caseId,
      decisionId: decision.id,
      action: 'escalate-self-harm',
      severity: 'critical',
      state: 'open',
      checklists,
      history: [{ state: 'open', byId: DEMO_USERS.reviewer.id, byName: DEMO_USERS.reviewer.name }],
    });
    expect((await api.caseEscalations(caseId, DEMO_TOKENS.lead)).canManage).toBe(true);
  });

  it('non-escalating, training and QA decisions open none', async () => {
    const plain = freshCase();
    await api.escalate(plain, { action: 'warn' });
    const practice = freshCase();
    await api.escalate(practice, { mode: 'training' });
    expect((await api.caseEscalations(plain)).escalations).toEqual([]);
    expect((await api.caseEscalations(practice)).escalations).toEqual([]);
  });

  it('open -> acknowledged -> closed, with who, when and the note kept in order', async () => {
    const caseId = freshCase();
    await api.escalate(caseId);
    const [open] = (await api.caseEscalations(caseId)).escalations;
    const acked = await api.move(open!.id, 'acknowledge', DEMO_TOKENS.lead, 'Wellbeing team paged');
    expect(acked.status).toBe(200);
    expect(escalationSchema.parse(await acked.json()).state).toBe('acknowledged');
    const closed = await api.move(open!.id, 'close', DEMO_TOKENS.admin);
    expect(closed.status).toBe(200);
    const [after] = (await api.caseEscalations(caseId)).escalations;
    expect(after!.state).toBe('closed');
    expect(after!.history.map((s) => [s.state, s.byId, s.note])).toEqual([
      ['open', DEMO_USERS.reviewer.id, undefined],
      ['acknowledged', DEMO_USERS.lead.id, 'Wellbeing team paged'],
      ['closed', DEMO_USERS.admin.id, undefined],
    ]);
  });

  it('refuses illegal transitions with 409 and the reason', async () => {
    const caseId = freshCase();
    await api.escalate(caseId);
    const [open] = (await api.caseEscalations(caseId)).escalations;
    expect((await api.move(open!.id, 'close', DEMO_TOKENS.lead)).status).toBe(200);
    const twice = await api.move(open!.id, 'close', DEMO_TOKENS.lead);
    expect(twice.status).toBe(409);
    expect((await errorOf(twice)).message).toMatch(/already closed by Priya Lead at /);
    const late = await api.move(open!.id, 'acknowledge', DEMO_TOKENS.lead);
    expect(late.status).toBe(409);
    expect((await errorOf(late)).message).toMatch(/closed escalation cannot be acknowledged/);
    expect((await api.move('esc_nope', 'close', DEMO_TOKENS.lead)).status).toBe(404);
  });

  it('acknowledging twice is a 409 naming who did it first', async () => {
    const caseId = freshCase();
    await api.escalate(caseId);
    const [open] = (await api.caseEscalations(caseId)).escalations;
    await api.move(open!.id, 'acknowledge', DEMO_TOKENS.lead);
    const again = await api.move(open!.id, 'acknowledge', DEMO_TOKENS.admin);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toMatch(/already acknowledged by Priya Lead/);
  });

  it('only leads and admins move an escalation; reviewers and QA reviewers get 403', async () => {
    const caseId = freshCase();
    await api.escalate(caseId);
    const [open] = (await api.caseEscalations(caseId)).escalations;
    for (const token of [DEMO_TOKENS.reviewer, DEMO_TOKENS.qa, DEMO_TOKENS.vendor]) {
      expect((await api.move(open!.id, 'acknowledge', token)).status).toBe(403);
    }
    expect((await api.caseEscalations(caseId)).escalations[0]!.state).toBe('open');
  });

  it('a reversed decision leaves its escalation standing, showing the reversal, for a lead to close', async () => {
    const caseId = freshCase();
    const escalated = await api.escalate(caseId);
    const reversal = makeDecision({
      caseId,
      console: CONSOLE,
      action: 'no-action',
      reverses: escalated.id,
    });
    expect((await api.post(reversal, { console: CONSOLE })).status).toBe(201);
    const [standing] = (await api.caseEscalations(caseId)).escalations;
    expect(standing).toMatchObject({ state: 'open', decisionReversedBy: reversal.id });
    expect((await api.move(standing!.id, 'close', DEMO_TOKENS.lead, 'Reversed')).status).toBe(200);
  });

  it('the open list is scoped: leads see all, a vendor manager their team, a reviewer their own', async () => {
    const ana = freshCase();
    await api.escalate(ana);
    const ben = freshCase();
    await api.escalate(ben, { reviewerId: DEMO_USERS.reviewer2.id }, DEMO_TOKENS.reviewer2);
    const list = async (token: string) => {
      const response = await fetch(api.url('/escalations'), {
        headers: { Authorization: `Bearer ${token}` },
      });
      return escalationListSchema.parse(await response.json()).escalations.map((e) => e.caseId);
    };
    expect(await list(DEMO_TOKENS.lead)).toEqual(expect.arrayContaining([ana, ben]));
    const vendor = await list(DEMO_TOKENS.vendor);
    expect(vendor).toContain(ben);
    expect(vendor).not.toContain(ana);
    const reviewer = await list(DEMO_TOKENS.reviewer);
    expect(reviewer).toContain(ana);
    expect(reviewer).not.toContain(ben);
  });
});

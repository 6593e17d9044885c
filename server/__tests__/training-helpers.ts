import { randomUUID } from 'node:crypto';
import type { DecisionInput } from '../../utils/decisions/schema';
import { goldSetSchema, type GoldSetInput } from '../../utils/training/schema';
import { DEMO_USERS, type DemoAccount } from '../demo-tokens';
import { guidanceApp } from './guidance-helpers';

/** Three gold cases copied from seeded live cases, with their expected answers. */
export const THREE_GOLD: GoldSetInput = {
  title: 'Week 1: harassment and scams',
  passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9 },
  items: [
    {
      source: { kind: 'case-api', caseId: 'C-1001' },
      expectedAction: 'warn',
      expectedPolicyIds: ['harassment'],
      explanation: 'Insults aimed at the reporter.',
    },
    {
      source: { kind: 'case-api', caseId: 'C-1002' },
      expectedAction: 'remove',
      expectedPolicyIds: ['spam-scams'],
      explanation: 'Phishing link.',
      disputed: true,
    },
    {
      source: {
        kind: 'imported',
        case: {
          id: 'EXT-9',
          subject: 'Imported threat',
          items: [
            { id: 'm1', author: 'x', role: 'reported', text: 'I know where you live.', media: [] },
          ],
        },
      },
      expectedAction: 'escalate',
      expectedPolicyIds: ['threats'],
      explanation: 'A credible threat with location.',
      difficulty: 'hard',
    },
  ],
};

/** The in-process case API plus training shortcuts. */
export function trainingApp() {
  const app = guidanceApp();
  const { request } = app;
  return {
    ...app,
    async createSet(input: GoldSetInput = THREE_GOLD, as: DemoAccount = 'trainer') {
      const response = await request('/training/sets', as, { method: 'POST', body: input });
      if (response.status !== 201)
        throw new Error(`create set: ${response.status} ${await response.text()}`);
      return goldSetSchema.parse(await response.json());
    },
    assign: (setId: string, reviewerIds: string[], as: DemoAccount = 'trainer') =>
      request(`/training/sets/${setId}/assignments`, as, { method: 'POST', body: { reviewerIds } }),
    decide(caseId: string, overrides: Partial<DecisionInput> = {}, as: DemoAccount = 'reviewer') {
      const decision: DecisionInput = {
        id: randomUUID(),
        caseId,
        console: 'demo-console',
        reviewerId: DEMO_USERS[as].id,
        action: 'warn',
        policyIds: ['harassment'],
        decidedAt: '2026-11-27T10:00:00.000Z',
        handleTimeMs: 30_000,
        guidanceVersion: 1,
        agreement: 'no-suggestion',
        mode: 'training',
        ...overrides,
      };
      return request(`/cases/${caseId}/decisions`, as, {
        method: 'POST',
        body: decision,
        headers: { 'Idempotency-Key': decision.id },
      });
    },
  };
}

import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { decisionSchema, type Decision } from '../utils/decisions/schema';
import { insertDecision } from '../server/db/decisions';
import { recordConsoleCase } from '../server/db/write-console-cases';
import { storeDecisionInput } from '../server/feedback/inputs';
import { makeCaseRecord } from '../server/__tests__/console-case-fixtures';

/**
 * A team's decision record for the feedback export bench: `count` live decisions on Zendesk
 * tickets whose text the team keeps (so each exported line is redacted), a model suggestion on
 * each, a QA review on one in twenty.
 */

const TEXTS = [
  'Hi, this account keeps sending me links to a crypto giveaway, please look.',
  'He wrote to me at jo.smith@example.com and then called +44 7700 900123 twice.',
  'Selling followers, cheap, DM me, best prices on the whole platform!!!',
  'You are worthless and everyone at school knows it.',
];
const ACTIONS = ['remove', 'warn', 'no-action', 'escalate'];

function decisionFor(i: number): Decision {
  const action = ACTIONS[i % ACTIONS.length] ?? 'remove';
  const suggested = ACTIONS[(i + (i % 3 === 0 ? 1 : 0)) % ACTIONS.length] ?? 'remove';
  return decisionSchema.parse({
    id: randomUUID(),
    caseId: `${i}`,
    console: 'zendesk',
    reviewerId: `rev-${i % 40}`,
    action,
    policyIds: ['spam'],
    decidedAt: new Date(Date.UTC(2026, 0, 1) + i * 30_000).toISOString(),
    handleTimeMs: 40_000,
    guidanceVersion: 1 + (i % 3),
    agreement: action === suggested ? 'agreed' : 'overrode',
    suggestion: {
      action: suggested,
      policyIds: ['spam'],
      confidence: 0.8,
      source: 'rules',
      scores: { illicit: (i % 10) / 10, harassment: ((i * 7) % 10) / 10 },
    },
    mode: 'live',
  });
}

export function seedFeedbackDecisions(db: Database, count: number): void {
  const receivedAt = new Date().toISOString();
  const expires = new Date(Date.now() + 86_400_000).toISOString();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const decision = decisionFor(i);
      const ref = { namespace: 'zendesk', caseId: decision.caseId };
      const text = TEXTS[i % TEXTS.length] ?? '';
      const items = [{ id: 'm1', author: 'someone', role: 'reporter' as const, text, media: [] }];
      recordConsoleCase(
        db,
        ref,
        receivedAt,
        { ...makeCaseRecord('zendesk', ref.caseId), items },
        expires,
      );
      insertDecision(db, decision, { ref, receivedAt, reviewerName: 'Bench Reviewer' });
      // As the decisions route does when a decision arrives.
      storeDecisionInput(db, decision.id);
      if (i % 20 === 0) {
        const qa = { ...decision, id: randomUUID(), mode: 'qa' as const };
        insertDecision(db, qa, { ref, receivedAt, reviewerName: 'Bench QA' });
      }
    }
  })();
}

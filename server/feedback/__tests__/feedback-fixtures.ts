import type { CaseItem } from '../../../utils/case/schema';
import type { DecisionInput, SuggestionSnapshot } from '../../../utils/decisions/schema';
import { consoleDecision, makeCaseRecord } from '../../__tests__/console-case-fixtures';
import { useDecisionServer } from '../../__tests__/decision-fixtures';
import { DEMO_TOKENS } from '../../index';

/**
 * A case API that keeps case text, with a small history of decisions on Redmine issues: one
 * the model got right, one a reversal undid, one QA changed, one QA confirmed, one without a
 * suggestion, one whose text holds an email and a formula.
 */

export const EMAIL = 'scam.victim@example.com';

const items = (text: string): CaseItem[] => [
  { id: 'j1', author: 'someone', role: 'reported', text, media: [] },
];

export const suggestion = (
  action: string,
  scores: SuggestionSnapshot['scores'],
): SuggestionSnapshot => ({
  action,
  policyIds: ['spam'],
  confidence: 0.9,
  source: 'rules',
  scores,
});

function onIssue(caseId: string, text: string, overrides: Partial<DecisionInput>): DecisionInput {
  const record = makeCaseRecord('redmine', caseId, { queue: caseId === '6' ? 'Fraud' : 'Support' });
  return consoleDecision('redmine', caseId, {
    caseRecord: { ...record, items: items(text) },
    ...overrides,
  });
}

export const HISTORY = {
  agreed: onIssue('1', 'Cheap watches!', {
    suggestion: suggestion('remove', { illicit: 0.95 }),
    agreement: 'agreed',
  }),
  reversed: onIssue('2', 'Buy followers now', {
    suggestion: suggestion('remove', { illicit: 0.8 }),
    agreement: 'agreed',
    guidanceVersion: 2,
  }),
  qaChanged: onIssue('3', 'You are an idiot', {
    action: 'warn',
    policyIds: ['harassment'],
    suggestion: suggestion('remove', { harassment: 0.7 }),
    agreement: 'overrode',
  }),
  qaConfirmed: onIssue('4', 'Nice watch shop', {
    action: 'no-action',
    policyIds: [],
    suggestion: suggestion('remove', { illicit: 0.6 }),
    agreement: 'overrode',
  }),
  noSuggestion: onIssue('5', 'hello there', { agreement: 'no-suggestion', action: 'no-action' }),
  pii: onIssue('6', `=HYPERLINK("x") mail me at ${EMAIL}`, {
    suggestion: suggestion('remove', { illicit: 0.9 }),
    agreement: 'agreed',
    decidedAt: '2025-03-02T10:00:00.000Z',
  }),
};

/** Posts the history (and the reversal and QA reviews that follow it) to a fresh server. */
export function useFeedbackServer() {
  const server = useDecisionServer({ keepCaseText: true });
  const later = {
    reversal: onIssue('2', 'Buy followers now', {
      action: 'no-action',
      policyIds: [],
      reverses: HISTORY.reversed.id,
      agreement: 'no-suggestion',
    }),
    qaOf3: onIssue('3', 'You are an idiot', { action: 'remove', mode: 'qa' }),
    qaOf4: onIssue('4', 'Nice watch shop', { action: 'no-action', policyIds: [], mode: 'qa' }),
  };
  async function seed(): Promise<void> {
    for (const decision of [...Object.values(HISTORY), ...Object.values(later)]) {
      const response = await server.post(decision, { console: 'redmine' });
      if (response.status !== 201) {
        throw new Error(`seed answered ${response.status}: ${await response.text()}`);
      }
    }
  }
  const exportText = (query: string, token: string = DEMO_TOKENS.lead) =>
    server.get(`/api/feedback/export?${query}`, token);
  return { ...server, seed, exportText };
}

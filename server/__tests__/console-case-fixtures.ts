import { createHash } from 'node:crypto';
import type { CaseItem } from '../../utils/case/schema';
import type { CaseRecord, DecisionInput } from '../../utils/decisions/schema';
import { makeDecision } from './decision-fixtures';

/**
 * Decisions on cases of consoles the case API does not host, as the extension sends them: with
 * the `caseRecord` of the case it read (a Redmine issue, by default).
 */

export const SPAM_ITEMS: CaseItem[] = [
  {
    id: 'journal-1',
    author: 'watch-seller',
    role: 'reported',
    text: 'Cheap watches, best prices, visit my shop today!',
    media: [],
  },
];

export function makeCaseRecord(
  console = 'redmine',
  caseId = '4',
  overrides: Partial<CaseRecord> = {},
): CaseRecord {
  return {
    url: `https://redmine.example/issues/${caseId}`,
    subject: `Spam on issue ${caseId}`,
    status: 'New',
    queue: 'Support',
    reported: { id: 'U-spam', name: 'watch-seller' },
    // A stand-in for the extension's hash of the items read; only its shape matters here.
    contentHash: createHash('sha256').update(`${console}/${caseId}`).digest('hex'),
    itemCount: SPAM_ITEMS.length,
    adapter: { id: console, version: '0123456789ab' },
    ...overrides,
  };
}

/** A live decision on a console's case, with the case's record (and no text) by default. */
export function consoleDecision(
  console: string,
  caseId: string,
  overrides: Partial<DecisionInput> = {},
): DecisionInput {
  return makeDecision({
    console,
    caseId,
    reportedAccountId: 'U-spam',
    action: 'remove',
    policyIds: ['spam'],
    caseRecord: makeCaseRecord(console, caseId),
    ...overrides,
  });
}

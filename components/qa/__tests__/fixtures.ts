import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RecordedDecision } from '../../../utils/decisions/schema';
import type { Request } from '../../../utils/messaging/protocol';
import type { QaPanelRequest } from '../../../utils/qa/qa-messages';
import type { QaResult } from '../../../utils/qa/result-schema';

export const LIVE_ID = '11111111-1111-4111-8111-111111111111';
export const QA_ID = '22222222-2222-4222-8222-222222222222';

export function recorded(over: Partial<RecordedDecision>): RecordedDecision {
  return {
    id: LIVE_ID,
    caseId: 'C-1',
    console: 'zendesk',
    reviewerId: 'rev-ana',
    reviewerName: 'Ana Reviewer',
    action: 'remove',
    policyIds: [],
    decidedAt: '2026-12-07T10:00:00.000Z',
    receivedAt: '2026-12-07T10:00:01.000Z',
    handleTimeMs: 1000,
    guidanceVersion: 1,
    agreement: 'no-suggestion',
    mode: 'live',
    ...over,
  };
}

export function result(over: Partial<QaResult> = {}): QaResult {
  return {
    decisionId: LIVE_ID,
    console: 'zendesk',
    caseId: 'C-1',
    reviewerId: 'rev-ana',
    reason: 'percent',
    qaDecisionId: QA_ID,
    qaReviewerId: 'qa-quinn',
    qaAction: 'warn',
    agreed: false,
    scorecardVersion: 1,
    scores: {},
    score: 50,
    note: 'QA-NOTE',
    scoredAt: '2026-12-07T11:00:00.000Z',
    dispute: null,
    ...over,
  };
}

/** Answers `qa:panel` requests with `answer` and records them; any other type fails. */
export function answerQa(answer: (request: QaPanelRequest) => unknown): QaPanelRequest[] {
  const asked: QaPanelRequest[] = [];
  fakeBrowser.runtime.sendMessage = vi.fn<(request: Request) => Promise<unknown>>(
    async (request) => {
      if (request.type !== 'qa:panel') throw new Error(`unexpected ${request.type}`);
      asked.push(request.request);
      return answer(request.request);
    },
  ) as never;
  return asked;
}

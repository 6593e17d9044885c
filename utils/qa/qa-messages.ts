import { z } from 'zod';
import type { EditorFailure } from '../guidance/editor-messages';
import type { Scorecard } from './schema';
import type { CaseSnapshot } from './snapshot-schema';
import {
  disputeInputSchema,
  qaOriginalSchema,
  reviewInputSchema,
  settleInputSchema,
  type QaResult,
  type QueueItem,
} from './result-schema';

/**
 * QA in the panel and on the disputes page, carried in `qa:panel` and `qa:lead` messages. Each
 * `op` maps to one fixed `/api/qa/*` path in the background: a page names a case or a decision,
 * never a URL, and the case API decides what the token's role may do.
 */

const caseRef = { console: z.string().min(1).max(100), caseId: z.string().min(1).max(200) };

export const qaPanelRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('queue') }),
  /** Whether this case is in my QA queue (the queue is what says so, never the page). */
  z.object({ op: z.literal('item'), ...caseRef }),
  z.object({ op: z.literal('original'), decisionId: z.uuid() }),
  /** The stored case text the sampled decision was made on; it never names the decision. */
  z.object({ op: z.literal('snapshot'), decisionId: z.uuid() }),
  z.object({ op: z.literal('scorecard') }),
  z.object({ op: z.literal('review'), decisionId: z.uuid(), review: reviewInputSchema }),
  /** QA results on my decisions: all recent ones, or one case's. */
  z.object({ op: z.literal('results'), caseId: caseRef.caseId.optional() }),
  z.object({ op: z.literal('dispute'), decisionId: z.uuid(), dispute: disputeInputSchema }),
]);

export const qaLeadRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('disputes') }),
  z.object({ op: z.literal('settle'), decisionId: z.uuid(), settle: settleInputSchema }),
]);

export type QaPanelRequest = z.infer<typeof qaPanelRequestSchema>;
export type QaPanelOp = QaPanelRequest['op'];
export type QaLeadRequest = z.infer<typeof qaLeadRequestSchema>;
export type QaLeadOp = QaLeadRequest['op'];

/** The original decision beside mine, with the model's rationale when pre-review flagged it. */
export type QaOriginal = z.infer<typeof qaOriginalSchema>;

/** What the background answers per op, built from answers it validated. */
export interface QaPanelAnswers {
  queue: { ok: true; items: QueueItem[] } | EditorFailure;
  /** `null`: not a QA item for this user (or they take no QA work). */
  item: { ok: true; item: QueueItem | null } | EditorFailure;
  /** `notYet`: my own QA decision on the case has not reached the case API yet. */
  original: { ok: true; original: QaOriginal } | (EditorFailure & { notYet: boolean });
  snapshot: { ok: true; snapshot: CaseSnapshot } | EditorFailure;
  scorecard: { ok: true; scorecard: Scorecard } | EditorFailure;
  review: { ok: true; result: QaResult } | EditorFailure;
  results: { ok: true; results: QaResult[] } | EditorFailure;
  dispute: { ok: true; result: QaResult } | EditorFailure;
}

export interface QaLeadAnswers {
  disputes: { ok: true; results: QaResult[] } | EditorFailure;
  settle: { ok: true; result: QaResult } | EditorFailure;
}

export type QaPanelAnswer = QaPanelAnswers[QaPanelOp];
export type QaLeadAnswer = QaLeadAnswers[QaLeadOp];

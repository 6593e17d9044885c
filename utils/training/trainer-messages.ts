import { z } from 'zod';
import type { Me } from '../case-api/schema';
import type { EditorFailure } from '../guidance/editor-messages';
import type { DecidedCase } from './decided-cases';
import {
  assignInputSchema,
  calibrationSchema,
  goldSetInputSchema,
  type Attempt,
  type Calibration,
  type GoldSet,
  type GoldSetSummary,
} from './schema';

/**
 * The trainer page's requests, carried in one `training:trainer` message. Each `op` maps to
 * one fixed case API path in the background: the page names a set, never a URL.
 */

const setId = z.string().min(1).max(100);

/** Enough recent decisions to offer a few dozen cases; the case API clamps larger asks itself. */
export const DECIDED_CASES_MAX = 1000;

export const trainerRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('me') }),
  z.object({ op: z.literal('list-sets') }),
  z.object({ op: z.literal('get-set'), setId }),
  z.object({ op: z.literal('create-set'), input: goldSetInputSchema }),
  z.object({ op: z.literal('assign'), setId, reviewerIds: assignInputSchema.shape.reviewerIds }),
  z.object({ op: z.literal('attempts'), setId }),
  z.object({
    op: z.literal('decided-cases'),
    limit: z.number().int().min(1).max(DECIDED_CASES_MAX),
  }),
  z.object({ op: z.literal('get-calibration') }),
  z.object({ op: z.literal('set-calibration'), calibration: calibrationSchema }),
]);

export type TrainerRequest = z.infer<typeof trainerRequestSchema>;
export type TrainerOp = TrainerRequest['op'];

/**
 * What the background answers per op (types only, built from answers it validated). Failures
 * are the guidance editor's: a refusal (400, 404, 422) carries the case API's own reason.
 */
export interface TrainerAnswers {
  me: { ok: true; me: Me; baseUrl: string } | EditorFailure;
  'list-sets': { ok: true; sets: GoldSetSummary[] } | EditorFailure;
  'get-set': { ok: true; set: GoldSet } | EditorFailure;
  'create-set': { ok: true; set: GoldSet } | EditorFailure;
  assign: { ok: true; set: GoldSet } | EditorFailure;
  attempts: { ok: true; attempts: Attempt[] } | EditorFailure;
  'decided-cases': { ok: true; cases: DecidedCase[] } | EditorFailure;
  'get-calibration': { ok: true; calibration: Calibration } | EditorFailure;
  'set-calibration': { ok: true; calibration: Calibration } | EditorFailure;
}

export type TrainerAnswer = TrainerAnswers[TrainerOp];

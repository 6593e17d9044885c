import { z } from 'zod';
import { caseSchema, isoTimeSchema } from '../case/schema';

/**
 * Training: gold sets, assignments, attempts and calibration. One definition shared by the
 * extension (trainer page, panel, dashboard), the case API in `server/` and the tests.
 *
 * A gold case is a copy: picking a decided live case copies its content under a fresh id, so
 * a trainee's decision can never land on a real case, and the answer a trainee is scored
 * against lives only in the gold set, which the case API shows a trainee only after their
 * attempt. Case API paths (all under `/api`, bearer token):
 *
 * - `POST /training/sets` (trainer, admin): create from `goldSetInputSchema` → `goldSetSchema`
 * - `GET  /training/sets` (trainer, admin) → `goldSetListSchema`
 * - `GET  /training/sets/:id` (trainer, admin) → `goldSetSchema` (answers included)
 * - `POST /training/sets/:id/assignments` (trainer, admin): `assignInputSchema` → `goldSetSchema`
 * - `GET  /training/sets/:id/attempts` (trainer, admin) → `attemptListSchema`
 * - `GET  /training/mine` (anyone) → `traineeSetsSchema`: my assigned sets, no answers
 * - `GET  /training/cases/:caseId/reveal` → `revealSchema`: trainers always; anyone else only
 *   after their own attempt on that case (404 before, the same answer as for a live case)
 * - `GET|PUT /training/calibration` (trainer, admin) → `calibrationSchema`
 *
 * Attempts arrive as decisions (`POST /cases/:id/decisions` or the batch), through the same
 * outbox: the case API files a decision on a gold case as an attempt, never as a decision.
 */

export const difficultySchema = z.enum(['easy', 'medium', 'hard']);

/** What the trainer expects on one gold case, and why. */
export const goldAnswerSchema = z.object({
  expectedAction: z.string().min(1).max(64),
  expectedPolicyIds: z.array(z.string().min(1).max(64)).max(20).default([]),
  explanation: z.string().max(5000).default(''),
  difficulty: difficultySchema.optional(),
  /** The guidance version the case was judged under. */
  guidanceVersion: z.number().int().positive().optional(),
  /** Experts disagreed on it: scored apart from the rest, never dropped. */
  disputed: z.boolean().default(false),
});

/** A case brought in a JSON file: the content only (the console and URL are the server's). */
export const importedCaseSchema = caseSchema.omit({ id: true, console: true, url: true }).extend({
  /** The id the case had where it came from, kept for the trainer's reference. */
  id: z.string().min(1).max(200).optional(),
});

export const goldSourceSchema = z.discriminatedUnion('kind', [
  /** Copy a case the case API holds (usually one already decided). */
  z.object({ kind: z.literal('case-api'), caseId: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('imported'), case: importedCaseSchema }),
]);

export const goldItemInputSchema = goldAnswerSchema.extend({ source: goldSourceSchema });

export const passMarkSchema = z.object({
  /** Cohen's kappa of the trainee's actions against gold, on undisputed items. */
  minKappa: z.number().min(-1).max(1).default(0.8),
  /** Share of must-escalate gold items (expected action escalates) the trainee escalated. */
  minMustEscalateAccuracy: z.number().min(0).max(1).default(0.9),
  /**
   * Share of undisputed items answered as gold, used instead of kappa when every undisputed
   * answer is the same action: kappa is degenerate there (19 of 20 right gives 0).
   * Optional so sets stored before it keep their shape; `DEFAULT_MIN_ACCURACY` when absent.
   */
  minAccuracy: z.number().min(0).max(1).optional(),
});
export const DEFAULT_MIN_ACCURACY = 0.9;

export const MAX_GOLD_ITEMS = 200;

export const goldSetInputSchema = z.object({
  title: z.string().trim().min(1, 'Give the set a title').max(200),
  description: z.string().max(2000).default(''),
  passMark: passMarkSchema.default({ minKappa: 0.8, minMustEscalateAccuracy: 0.9 }),
  items: z.array(goldItemInputSchema).min(1, 'Add at least one gold case').max(MAX_GOLD_ITEMS),
});

/** One gold case as stored: the copy's id, where it came from, and the answer. */
export const goldItemSchema = goldAnswerSchema.extend({
  caseId: z.string().min(1).max(200),
  position: z.number().int().nonnegative(),
  subject: z.string().max(2000).optional(),
  sourceCaseId: z.string().max(200).optional(),
});

export const assignmentSchema = z.object({
  reviewerId: z.string().min(1).max(200),
  reviewerName: z.string().max(200),
  assignedBy: z.string().max(200),
  assignedAt: isoTimeSchema,
});

export const goldSetSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().max(200),
  description: z.string().max(2000),
  passMark: passMarkSchema,
  createdBy: z.string().max(200),
  createdAt: isoTimeSchema,
  items: z.array(goldItemSchema),
  assignments: z.array(assignmentSchema),
});

export const goldSetSummarySchema = goldSetSchema
  .pick({ id: true, title: true, createdBy: true, createdAt: true })
  .extend({
    itemCount: z.number().int().nonnegative(),
    assigneeCount: z.number().int().nonnegative(),
  });
export const goldSetListSchema = z.object({ sets: z.array(goldSetSummarySchema) });

export const assignInputSchema = z.object({
  reviewerIds: z.array(z.string().trim().min(1).max(200)).min(1).max(500),
});

/** `practice`: a trainee working an assigned set; `calibration`: a gold case met in live flow. */
export const attemptKindSchema = z.enum(['practice', 'calibration']);

export const attemptSchema = z.object({
  decisionId: z.uuid(),
  setId: z.string(),
  caseId: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  kind: attemptKindSchema,
  action: z.string(),
  policyIds: z.array(z.string()),
  decidedAt: isoTimeSchema,
  receivedAt: isoTimeSchema,
  handleTimeMs: z.number().int().nonnegative(),
  /** Only a reviewer's first attempt on a gold case is scored; later ones come after the reveal. */
  first: z.boolean(),
});
export const attemptListSchema = z.object({ attempts: z.array(attemptSchema) });

/** A trainee's view of an assigned set: the cases to work, never the answers. */
export const traineeSetSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  assignedAt: isoTimeSchema,
  /**
   * Where the case API serves the set's training console, when it serves one. The panel opens
   * it as a link, so a web address only: `javascript:`, `data:` or another extension's page
   * would run or open with the panel's trust.
   */
  consoleUrl: z
    .url({
      protocol: /^https?$/,
      error:
        'consoleUrl must be an http(s) address (javascript:, data: and extension pages are refused)',
    })
    .optional(),
  items: z.array(
    z.object({
      caseId: z.string(),
      position: z.number().int().nonnegative(),
      subject: z.string().optional(),
      attempted: z.boolean(),
    }),
  ),
});
export const traineeSetsSchema = z.object({ sets: z.array(traineeSetSchema) });

/** After the attempt: the gold answer and the attempt it is compared with. */
export const revealSchema = z.object({
  caseId: z.string(),
  setId: z.string(),
  setTitle: z.string(),
  answer: goldAnswerSchema,
  /** The reviewer's own first attempt; absent when a trainer looks without having attempted. */
  attempt: attemptSchema.optional(),
});

export const calibrationSchema = z.object({
  /** Share of a reviewer's live queue that is gold cases, 0 (off) to 0.5. */
  rate: z.number().min(0).max(0.5),
  /** The gold set calibration cases are drawn from; null turns calibration off. */
  setId: z.string().max(100).nullable(),
});

export type GoldAnswer = z.infer<typeof goldAnswerSchema>;
export type GoldItemInput = z.input<typeof goldItemInputSchema>;
export type GoldSetInput = z.input<typeof goldSetInputSchema>;
export type GoldItem = z.infer<typeof goldItemSchema>;
export type GoldSet = z.infer<typeof goldSetSchema>;
export type GoldSetSummary = z.infer<typeof goldSetSummarySchema>;
export type PassMark = z.infer<typeof passMarkSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type AttemptKind = z.infer<typeof attemptKindSchema>;
export type TraineeSet = z.infer<typeof traineeSetSchema>;
export type Reveal = z.infer<typeof revealSchema>;
export type Calibration = z.infer<typeof calibrationSchema>;

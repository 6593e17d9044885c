import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { QueueItem } from '../../utils/qa/result-schema';
import { sampleReasonSchema, type SampleReason } from '../../utils/qa/schema';
import type { SampleCandidate } from '../../utils/qa/sample';
import { prepared } from './statements';

/**
 * Live decisions as sampling sees them. The queue is the case record's, or for a hosted case
 * the hosted case's; the reviewer's start is their account's creation. The stored JSON is
 * parsed once in JS: three `json_extract`s per row cost SQLite three parses of it.
 */
const candidateRow = z.object({
  id: z.string(),
  reviewer_id: z.string(),
  decided_at: z.string(),
  decision: z.string(),
  hosted_queue: z.string().nullable(),
  reviewer_since: z.string().nullable(),
});

/** The few fields sampling reads of a stored decision (written by us, parsed on the way in). */
const sampledFieldsSchema = z.object({
  action: z.string(),
  caseRecord: z.object({ queue: z.string().optional() }).optional(),
  suggestion: z.object({ scores: z.record(z.string(), z.number()) }).optional(),
});

const maxScore = (scores: Record<string, number> | undefined): number => {
  let max = 0;
  for (const value of Object.values(scores ?? {})) if (value > max) max = value;
  return max;
};

/** Live decisions decided at or after `since`; `unsampledOnly` leaves out those sampled. */
export function liveCandidates(
  db: Database,
  since: Date,
  unsampledOnly: boolean,
): SampleCandidate[] {
  const rows = prepared(
    db,
    `SELECT d.id, d.reviewer_id, d.decided_at, d.decision, c.queue AS hosted_queue,
        u.created_at AS reviewer_since
      FROM decisions d
      LEFT JOIN users u ON u.id = d.reviewer_id
      LEFT JOIN cases c ON d.case_console = '' AND c.id = d.case_id
      WHERE d.mode = 'live' AND d.reversed_by IS NULL AND d.decided_at >= @since
        AND (@all = 1 OR NOT EXISTS (SELECT 1 FROM qa_samples s WHERE s.decision_id = d.id))
      ORDER BY d.seq`,
  ).all({ since: since.toISOString(), all: unsampledOnly ? 0 : 1 });
  return rows.map((raw) => {
    const row = candidateRow.parse(raw);
    const fields = sampledFieldsSchema.parse(JSON.parse(row.decision));
    return {
      id: row.id,
      reviewerId: row.reviewer_id,
      queue: fields.caseRecord?.queue ?? row.hosted_queue ?? undefined,
      action: fields.action,
      decidedAtMs: Date.parse(row.decided_at),
      maxScore: maxScore(fields.suggestion?.scores),
      reviewerSinceMs: row.reviewer_since === null ? undefined : Date.parse(row.reviewer_since),
    };
  });
}

/** Enters decisions into the QA queue; one already there keeps its first reason. */
export function insertSamples(
  db: Database,
  samples: Array<{ id: string; reason: SampleReason; rationale?: string }>,
  at: string,
): number {
  const insert = prepared(
    db,
    `INSERT OR IGNORE INTO qa_samples (decision_id, reason, rationale, sampled_at)
     VALUES (?, ?, ?, ?)`,
  );
  return db
    .transaction(() =>
      samples.reduce(
        (added, s) => added + insert.run(s.id, s.reason, s.rationale ?? null, at).changes,
        0,
      ),
    )
    .immediate();
}

const queueRow = z.object({
  decision_id: z.string(),
  console: z.string(),
  case_id: z.string(),
  url: z.string().nullable(),
  subject: z.string().nullable(),
  queue: z.string().nullable(),
  reason: sampleReasonSchema,
  sampled_at: z.string(),
});

/**
 * Samples nobody has reviewed yet, oldest first, blind: the case, never the decision. A QA
 * reviewer is never given their own decisions, so no one scores themself. The model's rationale
 * on a model-flagged sample is withheld too: it argues against the original decision, so it
 * comes with the original (`findSample`), after the QA reviewer's own decision.
 */
export function openQueue(db: Database, qaReviewerId: string, limit: number): QueueItem[] {
  return prepared(
    db,
    `SELECT s.decision_id, json_extract(d.decision, '$.console') AS console, d.case_id,
        json_extract(d.decision, '$.caseRecord.url') AS url,
        COALESCE(json_extract(d.decision, '$.caseRecord.subject'), c.subject) AS subject,
        COALESCE(json_extract(d.decision, '$.caseRecord.queue'), c.queue) AS queue,
        s.reason, s.sampled_at
      FROM qa_samples s JOIN decisions d ON d.id = s.decision_id
      LEFT JOIN cases c ON d.case_console = '' AND c.id = d.case_id
      WHERE NOT EXISTS (SELECT 1 FROM qa_reviews r WHERE r.decision_id = s.decision_id)
        AND d.reviewer_id <> ?
      ORDER BY s.sampled_at, d.seq LIMIT ?`,
  )
    .all(qaReviewerId, limit)
    .map((raw) => {
      const row = queueRow.parse(raw);
      return {
        decisionId: row.decision_id,
        console: row.console,
        caseId: row.case_id,
        url: row.url ?? undefined,
        subject: row.subject ?? undefined,
        queue: row.queue ?? undefined,
        reason: row.reason,
        sampledAt: row.sampled_at,
      };
    });
}

export function findSample(
  db: Database,
  decisionId: string,
): { reason: SampleReason; sampledAt: string; rationale: string | undefined } | undefined {
  const raw = prepared(
    db,
    'SELECT reason, sampled_at, rationale FROM qa_samples WHERE decision_id = ?',
  ).get(decisionId);
  if (raw === undefined) return undefined;
  const row = z
    .object({
      reason: sampleReasonSchema,
      sampled_at: z.string(),
      rationale: z.string().nullable(),
    })
    .parse(raw);
  return { reason: row.reason, sampledAt: row.sampled_at, rationale: row.rationale ?? undefined };
}

import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { partySchema } from '../../utils/case/schema';
import { decisionSchema } from '../../utils/decisions/schema';
import type { FeedbackFilters } from '../../utils/feedback/schema';
import { prepared } from '../db/statements';

/**
 * Reads the live decisions an export covers, page by page in order of receipt. Pages (keyset
 * on `seq`) rather than one long-running iterator: the server has one connection, and a
 * client that reads an export slowly must not hold it busy between pages.
 */

export const PAGE_SIZE = 1000;

/** Only what the export uses: parsing the whole decision costs a third of the export's time. */
const storedDecisionSchema = decisionSchema.pick({
  id: true,
  caseId: true,
  console: true,
  action: true,
  policyIds: true,
  decidedAt: true,
  guidanceVersion: true,
  suggestion: true,
  agreement: true,
});
const actionOfSchema = z.object({ action: z.string(), policyIds: z.array(z.string()) });
const itemTextSchema = z.array(z.object({ role: z.string(), text: z.string() }));

const rowSchema = z.object({
  seq: z.number(),
  decision: z.string(),
  reversal: z.string().nullable(),
  qa: z.string().nullable(),
  queue: z.string().nullable(),
  items: z.string().nullable(),
  reporter: z.string().nullable(),
  reported: z.string().nullable(),
});

export type StoredDecision = z.infer<typeof storedDecisionSchema>;
export type LaterAction = z.infer<typeof actionOfSchema>;

export interface FeedbackRow {
  seq: number;
  decision: StoredDecision;
  reversal?: LaterAction;
  qa?: LaterAction;
  queue: string | null;
  items?: z.infer<typeof itemTextSchema>;
  parties: { reporter?: z.infer<typeof partySchema>; reported?: z.infer<typeof partySchema> };
}

// Reversals are folded into the decision they reverse; the latest QA decision on the case
// stands for its QA review. The queue is the case's latest (its record's), not parsed out of
// each decision's JSON: that parse was a third of the query's time. Case text comes from the snapshot (console cases, while kept) or
// from the case API's own hosted case.
const SQL = `
  WITH base AS (
    SELECT d.seq, d.decision, r.decision AS reversal,
      (SELECT q.decision FROM decisions q WHERE q.case_console = d.case_console
         AND q.case_id = d.case_id AND q.mode = 'qa' ORDER BY q.seq DESC LIMIT 1) AS qa,
      COALESCE(cc.queue, hc.queue) AS queue,
      CASE WHEN d.case_console = '' THEN
        (SELECT json_group_array(json_object('role', role, 'text', text))
           FROM (SELECT role, text FROM case_items WHERE case_id = d.case_id ORDER BY position))
        ELSE cc.items END AS items,
      COALESCE(cc.reporter, hc.reporter) AS reporter,
      COALESCE(cc.reported, hc.reported) AS reported
    FROM decisions d
    LEFT JOIN decisions r ON r.id = d.reversed_by
    LEFT JOIN console_cases cc ON d.case_console <> '' AND cc.console = d.case_console
      AND cc.case_id = d.case_id
    LEFT JOIN cases hc ON d.case_console = '' AND hc.id = d.case_id
    WHERE d.mode = 'live' AND d.reverses IS NULL AND d.seq > @after
      AND (@from IS NULL OR d.decided_at >= @from) AND (@to IS NULL OR d.decided_at < @to)
      AND (@gv IS NULL OR json_extract(d.decision, '$.guidanceVersion') = @gv)
      AND (@overrides = 0 OR json_extract(d.decision, '$.agreement') = 'overrode')
      AND (@policy IS NULL OR EXISTS
        (SELECT 1 FROM json_each(d.decision, '$.policyIds') p WHERE p.value = @policy))
    ORDER BY d.seq
  )
  SELECT * FROM base
  WHERE (@queue IS NULL OR queue = @queue)
    AND (@qaConfirmed = 0 OR json_extract(qa, '$.action') =
      COALESCE(json_extract(reversal, '$.action'), json_extract(decision, '$.action')))
  LIMIT @limit`;

const iso = (time: string | undefined) =>
  time === undefined ? null : new Date(time).toISOString();
const parseJson = (text: string): unknown => JSON.parse(text);
const party = (text: string | null) =>
  text === null ? undefined : partySchema.parse(parseJson(text));

function toRow(raw: unknown): FeedbackRow {
  const row = rowSchema.parse(raw);
  return {
    seq: row.seq,
    decision: storedDecisionSchema.parse(parseJson(row.decision)),
    reversal: row.reversal === null ? undefined : actionOfSchema.parse(parseJson(row.reversal)),
    qa: row.qa === null ? undefined : actionOfSchema.parse(parseJson(row.qa)),
    queue: row.queue,
    items: row.items === null ? undefined : itemTextSchema.parse(parseJson(row.items)),
    parties: { reporter: party(row.reporter), reported: party(row.reported) },
  };
}

/** One page of matching rows after `after` (a `seq`); fewer than `limit` means the end. */
export function readFeedbackPage(
  db: Database,
  filters: FeedbackFilters,
  after: number,
  limit = PAGE_SIZE,
): FeedbackRow[] {
  return prepared(db, SQL)
    .all({
      after,
      limit,
      from: iso(filters.from),
      to: iso(filters.to),
      gv: filters.guidanceVersion ?? null,
      overrides: filters.onlyOverrides ? 1 : 0,
      policy: filters.policy ?? null,
      queue: filters.queue ?? null,
      qaConfirmed: filters.onlyQaConfirmed ? 1 : 0,
    })
    .map(toRow);
}

/** Every matching row, a page at a time, so no more than a page is ever held. */
export function* feedbackRows(db: Database, filters: FeedbackFilters): Generator<FeedbackRow[]> {
  let after = 0;
  for (;;) {
    const page = readFeedbackPage(db, filters, after);
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (page.length < PAGE_SIZE || last === undefined) return;
    after = last.seq;
  }
}

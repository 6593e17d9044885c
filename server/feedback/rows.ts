import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { partySchema } from '../../utils/case/schema';
import { decisionSchema } from '../../utils/decisions/schema';
import type { FeedbackFilters } from '../../utils/feedback/schema';
import { prepared } from '../db/statements';
import {
  CASE_ITEMS_SQL,
  CASE_JOINS_SQL,
  itemTextSchema,
  redactedInput,
  storeInputs,
  type FreshInput,
} from './inputs';

/**
 * Reads the live decisions an export covers, page by page in order of receipt. Each page is
 * one synchronous `.iterate()` (rows are handed on one at a time, never gathered), and pages
 * are keyset on `seq`: the server has one connection, which an open iterator holds busy, so
 * none stays open while a slow client reads what a page wrote.
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

const rowSchema = z.object({
  seq: z.number(),
  decision: z.string(),
  reversal: z.string().nullable(),
  qa: z.string().nullable(),
  queue: z.string().nullable(),
  input: z.string().nullable(),
  items: z.string().nullable(),
  expires: z.string().nullable(),
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
  /** The case text, redacted; null when the decision's case has none. */
  input: string | null;
}

// Reversals are folded into the decision they reverse; the latest QA decision on the case
// stands for its QA review. The queue is the case's latest (its record's), not parsed out of
// each decision's JSON: that parse was a third of the query's time. The case text is read
// (and redacted, in JS) only for a decision that has no stored input yet.
const SQL = `
  WITH base AS (
    SELECT d.seq, d.decision, r.decision AS reversal,
      (SELECT q.decision FROM decisions q WHERE q.case_console = d.case_console
         AND q.case_id = d.case_id AND q.mode = 'qa' ORDER BY q.seq DESC LIMIT 1) AS qa,
      COALESCE(cc.queue, hc.queue) AS queue,
      di.input,
      CASE WHEN di.input IS NULL THEN ${CASE_ITEMS_SQL} END AS items,
      CASE WHEN di.input IS NULL THEN cc.items_expire_at END AS expires,
      CASE WHEN di.input IS NULL THEN COALESCE(cc.reporter, hc.reporter) END AS reporter,
      CASE WHEN di.input IS NULL THEN COALESCE(cc.reported, hc.reported) END AS reported
    FROM decisions d
    LEFT JOIN decisions r ON r.id = d.reversed_by
    LEFT JOIN decision_inputs di ON di.decision_seq = d.seq
    ${CASE_JOINS_SQL}
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

function toRow(raw: unknown, fresh: FreshInput[]): FeedbackRow {
  const row = rowSchema.parse(raw);
  let input = row.input;
  if (input === null && row.items !== null) {
    const items = itemTextSchema.parse(parseJson(row.items));
    input = redactedInput(items, { reporter: party(row.reporter), reported: party(row.reported) });
    if (input !== null) fresh.push({ seq: row.seq, input, expiresAt: row.expires });
  }
  return {
    seq: row.seq,
    decision: storedDecisionSchema.parse(parseJson(row.decision)),
    reversal: row.reversal === null ? undefined : actionOfSchema.parse(parseJson(row.reversal)),
    qa: row.qa === null ? undefined : actionOfSchema.parse(parseJson(row.qa)),
    queue: row.queue,
    input,
  };
}

/**
 * Hands each matching row after `after` (a `seq`) to `visit`, up to `limit`, and answers how
 * many there were and the last `seq`. Inputs redacted on the way are stored once the
 * iterator has let go of the connection.
 */
export function visitFeedbackPage(
  db: Database,
  filters: FeedbackFilters,
  after: number,
  visit: (row: FeedbackRow) => void,
  limit = PAGE_SIZE,
): { count: number; last: number } {
  const fresh: FreshInput[] = [];
  let count = 0;
  let last = after;
  const rows = prepared(db, SQL).iterate({
    after,
    limit,
    from: iso(filters.from),
    to: iso(filters.to),
    gv: filters.guidanceVersion ?? null,
    overrides: filters.onlyOverrides ? 1 : 0,
    policy: filters.policy ?? null,
    queue: filters.queue ?? null,
    qaConfirmed: filters.onlyQaConfirmed ? 1 : 0,
  });
  for (const raw of rows) {
    const row = toRow(raw, fresh);
    visit(row);
    count += 1;
    last = row.seq;
  }
  storeInputs(db, fresh);
  return { count, last };
}

/** One page of matching rows after `after`; fewer than `limit` means the end. */
export function readFeedbackPage(
  db: Database,
  filters: FeedbackFilters,
  after: number,
  limit = PAGE_SIZE,
): FeedbackRow[] {
  const page: FeedbackRow[] = [];
  visitFeedbackPage(db, filters, after, (row) => page.push(row), limit);
  return page;
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

import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { caseItemSchema, caseSchema, partySchema, type Case } from '../../utils/case/schema';
import type { CaseSummary } from '../../utils/case-api/schema';
import { prepared } from './statements';

/**
 * Case storage. A stored case is a `Case` without `console` and `url`: those depend on which
 * console shows it and on the origin it is served from, so they are added per request.
 */
export type StoredCase = Omit<Case, 'console' | 'url'>;
export const storedCaseSchema = caseSchema.omit({ console: true, url: true });

export interface CaseFilters {
  status?: string;
  queue?: string;
}

const caseRowSchema = z.object({
  id: z.string(),
  subject: z.string().nullable(),
  status: z.string().nullable(),
  queue: z.string().nullable(),
  priority: z.string().nullable(),
  language: z.string().nullable(),
  created_at: z.string().nullable(),
  sla_due_at: z.string().nullable(),
  reporter: z.string().nullable(),
  reported: z.string().nullable(),
  item_count: z.number().int(),
});

const itemRowSchema = z.object({
  id: z.string(),
  author: z.string(),
  role: z.string(),
  time: z.string().nullable(),
  text: z.string(),
  media: z.string(),
});

const CASE_COLUMNS = `c.id, c.subject, c.status, c.queue, c.priority, c.language, c.created_at,
  c.sla_due_at, c.reporter, c.reported,
  (SELECT COUNT(*) FROM case_items i WHERE i.case_id = c.id) AS item_count`;

/** SQL NULL means "the console does not show this field", which the Case expresses by absence. */
const opt = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

const parseParty = (json: string | null) =>
  json === null ? undefined : partySchema.parse(JSON.parse(json));

function toSummary(row: z.infer<typeof caseRowSchema>): CaseSummary {
  return {
    id: row.id,
    subject: opt(row.subject),
    status: opt(row.status),
    queue: opt(row.queue),
    priority: opt(row.priority),
    createdAt: opt(row.created_at),
    slaDueAt: opt(row.sla_due_at),
    itemCount: row.item_count,
  };
}

export function countCases(db: Database): number {
  return z.number().parse(prepared(db, 'SELECT COUNT(*) FROM cases').pluck().get());
}

/** Summaries in queue order (the order the console lists them), optionally filtered. */
export function listCaseSummaries(db: Database, filters: CaseFilters = {}): CaseSummary[] {
  const rows = prepared(
    db,
    `SELECT ${CASE_COLUMNS} FROM cases c
       WHERE (@status IS NULL OR c.status = @status) AND (@queue IS NULL OR c.queue = @queue)
       ORDER BY c.position, c.id`,
  ).all({ status: filters.status ?? null, queue: filters.queue ?? null });
  return rows.map((row) => toSummary(caseRowSchema.parse(row)));
}

export function getStoredCase(db: Database, id: string): StoredCase | undefined {
  const raw = prepared(db, `SELECT ${CASE_COLUMNS} FROM cases c WHERE c.id = ?`).get(id);
  if (raw === undefined) return undefined;
  const row = caseRowSchema.parse(raw);
  const items = prepared(
    db,
    'SELECT id, author, role, time, text, media FROM case_items WHERE case_id = ? ORDER BY position',
  )
    .all(id)
    .map((itemRaw) => {
      const item = itemRowSchema.parse(itemRaw);
      return caseItemSchema.parse({ ...item, time: opt(item.time), media: JSON.parse(item.media) });
    });
  const { itemCount: _count, ...summary } = toSummary(row);
  return {
    ...summary,
    language: opt(row.language),
    reporter: parseParty(row.reporter),
    reported: parseParty(row.reported),
    items,
  };
}

export function caseExists(db: Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM cases WHERE id = ?').get(id) !== undefined;
}

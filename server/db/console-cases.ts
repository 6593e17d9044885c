import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { caseItemSchema, partySchema } from '../../utils/case/schema';
import type { ConsoleCase } from '../../utils/decisions/schema';
import type { CaseRef } from '../cases/resolve-case';
import { prepared } from './statements';

/**
 * Console cases: cases of consoles the case API does not host, known from the decisions made
 * on them. Each decision's `caseRecord` replaces what was known (latest subject, hash, adapter);
 * the text (items) is stored only when the caller passes an expiry, and never read past it.
 */

const rowSchema = z.object({
  console: z.string(),
  case_id: z.string(),
  url: z.string().nullable(),
  subject: z.string().nullable(),
  status: z.string().nullable(),
  queue: z.string().nullable(),
  priority: z.string().nullable(),
  reporter: z.string().nullable(),
  reported: z.string().nullable(),
  content_hash: z.string().nullable(),
  item_count: z.number().int().nullable(),
  adapter_id: z.string().nullable(),
  adapter_version: z.string().nullable(),
  first_seen_at: z.string(),
  last_seen_at: z.string(),
  items: z.string().nullable(),
  items_expire_at: z.string().nullable(),
});

const opt = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
const party = (json: string | null) =>
  json === null ? undefined : partySchema.parse(JSON.parse(json));

export function consoleCaseExists(db: Database, ref: CaseRef): boolean {
  return (
    prepared(db, 'SELECT 1 FROM console_cases WHERE console = ? AND case_id = ?').get(
      ref.namespace,
      ref.caseId,
    ) !== undefined
  );
}

/** What is known of a console case; its items only while they have not expired at `now`. */
export function getConsoleCase(db: Database, ref: CaseRef, now: Date): ConsoleCase | undefined {
  const raw = prepared(db, 'SELECT * FROM console_cases WHERE console = ? AND case_id = ?').get(
    ref.namespace,
    ref.caseId,
  );
  if (raw === undefined) return undefined;
  const row = rowSchema.parse(raw);
  const live =
    row.items !== null && row.items_expire_at !== null && row.items_expire_at > now.toISOString();
  return {
    id: row.case_id,
    console: row.console,
    url: opt(row.url),
    subject: opt(row.subject),
    status: opt(row.status),
    queue: opt(row.queue),
    priority: opt(row.priority),
    reporter: party(row.reporter),
    reported: party(row.reported),
    contentHash: opt(row.content_hash),
    itemCount: opt(row.item_count),
    adapter:
      row.adapter_id === null || row.adapter_version === null
        ? undefined
        : { id: row.adapter_id, version: row.adapter_version },
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    items: live ? z.array(caseItemSchema).parse(JSON.parse(row.items!)) : undefined,
    itemsExpireAt: live ? row.items_expire_at! : undefined,
  };
}

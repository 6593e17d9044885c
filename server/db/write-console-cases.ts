import type { Database } from 'better-sqlite3';
import type { CaseRecord } from '../../utils/decisions/schema';
import type { CaseRef } from '../cases/resolve-case';
import { prepared } from './statements';

/**
 * Registers a console case, or updates what is known of it, as a decision on it arrives.
 * A record replaces the case's fields (the latest read is the truth); its items are stored
 * only with `itemsExpireAt` (the team keeps case text). Stored items of another version of the
 * case (another content hash) are dropped rather than shown beside the new hash.
 * Without a record only the identity and the time are kept.
 */
export function recordConsoleCase(
  db: Database,
  ref: CaseRef,
  seenAt: string,
  record?: CaseRecord,
  itemsExpireAt?: string,
): void {
  if (record === undefined) {
    prepared(
      db,
      `INSERT INTO console_cases (console, case_id, first_seen_at, last_seen_at)
       VALUES (?, ?, ?, ?)
       ON CONFLICT (console, case_id) DO UPDATE
       SET last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
    ).run(ref.namespace, ref.caseId, seenAt, seenAt);
    return;
  }
  const keep = itemsExpireAt !== undefined && record.items !== undefined;
  // In SQLite's UPDATE every right-hand side reads the row as it was before the update.
  prepared(
    db,
    `INSERT INTO console_cases (console, case_id, url, subject, status, queue, priority,
       reporter, reported, content_hash, item_count, adapter_id, adapter_version,
       first_seen_at, last_seen_at, items, items_expire_at)
     VALUES (@console, @caseId, @url, @subject, @status, @queue, @priority, @reporter,
       @reported, @contentHash, @itemCount, @adapterId, @adapterVersion, @seenAt, @seenAt,
       @items, @itemsExpireAt)
     ON CONFLICT (console, case_id) DO UPDATE SET
       url = excluded.url, subject = excluded.subject, status = excluded.status,
       queue = excluded.queue, priority = excluded.priority, reporter = excluded.reporter,
       reported = excluded.reported, content_hash = excluded.content_hash,
       item_count = excluded.item_count, adapter_id = excluded.adapter_id,
       adapter_version = excluded.adapter_version,
       last_seen_at = max(last_seen_at, excluded.last_seen_at),
       items = CASE WHEN excluded.items IS NOT NULL THEN excluded.items
         WHEN content_hash IS excluded.content_hash THEN items END,
       items_expire_at = CASE WHEN excluded.items IS NOT NULL THEN excluded.items_expire_at
         WHEN content_hash IS excluded.content_hash THEN items_expire_at END`,
  ).run({
    console: ref.namespace,
    caseId: ref.caseId,
    url: record.url,
    subject: record.subject ?? null,
    status: record.status ?? null,
    queue: record.queue ?? null,
    priority: record.priority ?? null,
    reporter: record.reporter ? JSON.stringify(record.reporter) : null,
    reported: record.reported ? JSON.stringify(record.reported) : null,
    contentHash: record.contentHash,
    itemCount: record.itemCount,
    adapterId: record.adapter.id,
    adapterVersion: record.adapter.version,
    seenAt,
    items: keep ? JSON.stringify(record.items) : null,
    itemsExpireAt: keep ? itemsExpireAt : null,
  });
}

/**
 * Purges stored case text that expired by `now`, or all of it when the team no longer keeps
 * case text. Answers how many cases lost their text.
 */
export function purgeCaseText(db: Database, now: Date, keepCaseText: boolean): number {
  const params = { all: keepCaseText ? 0 : 1, now: now.toISOString() };
  // The feedback export's redacted copies go with the snapshots they were made from.
  prepared(
    db,
    `DELETE FROM decision_inputs
     WHERE expires_at IS NOT NULL AND (@all OR expires_at <= @now)`,
  ).run(params);
  return prepared(
    db,
    `UPDATE console_cases SET items = NULL, items_expire_at = NULL
     WHERE items IS NOT NULL AND (@all OR items_expire_at <= @now)`,
  ).run(params).changes;
}

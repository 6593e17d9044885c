import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { AuditEntry } from '../../utils/case-api/admin-schema';
import { prepared } from './statements';

/**
 * The admin audit log. Only these two functions touch it: one INSERT, one SELECT. The table's
 * triggers refuse UPDATE and DELETE, so no later code path can rewrite it either.
 */

export interface AuditRecord {
  actor: string;
  action: string;
  target: string;
  /** What changed; never a token or its hash. */
  detail: Record<string, unknown>;
}

export function appendAudit(db: Database, record: AuditRecord, at: string): void {
  prepared(
    db,
    'INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)',
  ).run(at, record.actor, record.action, record.target, JSON.stringify(record.detail));
}

const rowSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  detail: z.string(),
});

/** Newest first; `before` pages back by sequence number. */
export function listAudit(
  db: Database,
  { limit, before }: { limit: number; before?: number },
): AuditEntry[] {
  return prepared(db, 'SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?')
    .all(before ?? Number.MAX_SAFE_INTEGER, limit)
    .map((raw) => {
      const row = rowSchema.parse(raw);
      const detail = z.record(z.string(), z.unknown()).parse(JSON.parse(row.detail));
      return { ...row, detail };
    });
}

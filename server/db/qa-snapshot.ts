import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { caseItemSchema } from '../../utils/case/schema';
import type { CaseSnapshot, SnapshotState } from '../../utils/qa/snapshot-schema';
import { scopeCondition, type Scope } from '../qa/scope';
import { prepared } from './statements';

/**
 * A sampled decision's case snapshot: the console case's stored text, but only while it is
 * the text the decision was made on (the same content hash) and not past its expiry, so a QA
 * reviewer never reads a later version of the case as if it were the one decided.
 */

const rowSchema = z.object({
  id: z.string(),
  case_console: z.string(),
  case_id: z.string(),
  received_at: z.string(),
  decided_hash: z.string().nullable(),
  url: z.string().nullable(),
  subject: z.string().nullable(),
  content_hash: z.string().nullable(),
  items: z.string().nullable(),
  items_expire_at: z.string().nullable(),
});
type Row = z.infer<typeof rowSchema>;

function readRow(db: Database, decisionId: string, scope: Scope): Row | undefined {
  const where = scopeCondition(scope, 'd.reviewer_id');
  const raw = prepared(
    db,
    `SELECT d.id, d.case_console, d.case_id, d.received_at,
        json_extract(d.decision, '$.caseRecord.contentHash') AS decided_hash,
        json_extract(d.decision, '$.caseRecord.url') AS url,
        json_extract(d.decision, '$.caseRecord.subject') AS subject,
        cc.content_hash, cc.items, cc.items_expire_at
      FROM decisions d
      LEFT JOIN console_cases cc ON cc.console = d.case_console AND cc.case_id = d.case_id
      WHERE d.id = @id AND ${where.sql}`,
  ).get({ id: decisionId, scope: where.value });
  return raw === undefined ? undefined : rowSchema.parse(raw);
}

function stateOf(row: Row, keepCaseText: boolean, now: Date): SnapshotState {
  if (row.case_console === '') return 'hosted';
  if (!keepCaseText) return 'not-kept';
  const live =
    row.items !== null &&
    row.items_expire_at !== null &&
    row.items_expire_at > now.toISOString() &&
    row.decided_hash !== null &&
    row.content_hash === row.decided_hash;
  return live ? 'kept' : 'gone';
}

/** `undefined`: no such decision in this scope. */
export function snapshotState(
  db: Database,
  decisionId: string,
  scope: Scope,
  keepCaseText: boolean,
  now: Date,
): SnapshotState | undefined {
  const row = readRow(db, decisionId, scope);
  return row && stateOf(row, keepCaseText, now);
}

export function findSnapshot(
  db: Database,
  decisionId: string,
  scope: Scope,
  keepCaseText: boolean,
  now: Date,
):
  | { state: 'kept'; snapshot: CaseSnapshot }
  | { state: Exclude<SnapshotState, 'kept'> }
  | undefined {
  const row = readRow(db, decisionId, scope);
  if (row === undefined) return undefined;
  const state = stateOf(row, keepCaseText, now);
  if (state !== 'kept') return { state };
  return {
    state,
    snapshot: {
      decisionId: row.id,
      console: row.case_console,
      caseId: row.case_id,
      url: row.url ?? undefined,
      subject: row.subject ?? undefined,
      takenAt: row.received_at,
      expiresAt: row.items_expire_at!,
      items: z.array(caseItemSchema).parse(JSON.parse(row.items!)),
    },
  };
}

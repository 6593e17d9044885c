import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { CaseEntitiesInput, Entity } from '../../utils/investigations/schema';
import type { CaseRef } from '../cases/resolve-case';
import { scopeCondition, scopeDecisions, type Scope } from '../qa/scope';
import { prepared } from './statements';

/**
 * Case-entity links. A case's entity set is replaced by each recording (what the case holds as
 * last read); the sighting (who saw it) is kept, because it is what scopes reads by team and
 * reviewer, like decisions.
 */

export function recordEntities(
  db: Database,
  ref: CaseRef,
  seen: { console: string; userId: string; at: string },
  input: CaseEntitiesInput,
): void {
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO linked_cases (namespace, case_id, console, url, subject, last_seen_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (namespace, case_id) DO UPDATE SET console = excluded.console,
         url = excluded.url, subject = excluded.subject, last_seen_at = excluded.last_seen_at`,
    ).run(ref.namespace, ref.caseId, seen.console, input.url, input.subject ?? null, seen.at);
    prepared(db, 'DELETE FROM case_entities WHERE namespace = ? AND case_id = ?').run(
      ref.namespace,
      ref.caseId,
    );
    const insert = prepared(
      db,
      'INSERT OR IGNORE INTO case_entities (namespace, case_id, kind, value) VALUES (?, ?, ?, ?)',
    );
    for (const entity of input.entities)
      insert.run(ref.namespace, ref.caseId, entity.kind, entity.value);
    prepared(db, 'INSERT OR IGNORE INTO case_sightings VALUES (?, ?, ?)').run(
      ref.namespace,
      ref.caseId,
      seen.userId,
    );
  })();
}

export function entitiesOf(db: Database, ref: CaseRef): Entity[] {
  const rows = prepared(
    db,
    'SELECT kind, value FROM case_entities WHERE namespace = ? AND case_id = ? ORDER BY kind, value',
  ).all(ref.namespace, ref.caseId);
  return z.array(z.object({ kind: z.string(), value: z.string() })).parse(rows) as Entity[];
}

/** Seen or decided by someone in the scope: the cases a user may see in an investigation. */
function visibleSql(scope: Scope, alias: string): { sql: string; value: string } {
  const sighted = scopeCondition(scope, 's.user_id');
  const decided = scopeDecisions(scope, { id: 'v.id', reviewer: 'v.reviewer_id' });
  return {
    sql: `(EXISTS (SELECT 1 FROM case_sightings s WHERE s.namespace = ${alias}.namespace
             AND s.case_id = ${alias}.case_id AND ${sighted.sql})
           OR EXISTS (SELECT 1 FROM decisions v WHERE v.case_console = ${alias}.namespace
             AND v.case_id = ${alias}.case_id AND ${decided.sql}))`,
    value: sighted.value,
  };
}

export function caseVisible(db: Database, ref: CaseRef, scope: Scope): boolean {
  const visible = visibleSql(scope, 'l');
  const sql = `SELECT 1 FROM linked_cases l WHERE l.namespace = @ns AND l.case_id = @id AND ${visible.sql}`;
  return (
    prepared(db, sql).get({ ns: ref.namespace, id: ref.caseId, scope: visible.value }) !== undefined
  );
}

const linkedRowSchema = z.object({
  namespace: z.string(),
  case_id: z.string(),
  console: z.string(),
  url: z.string(),
  subject: z.string().nullable(),
  last_seen_at: z.string(),
  decision: z.string().nullable(),
  reviewer_name: z.string().nullable(),
});
export type LinkedRow = z.infer<typeof linkedRowSchema>;

/** Every visible case sharing an entity with `ref` (itself included), with its latest decision. */
export function linkedCases(db: Database, ref: CaseRef, scope: Scope, limit: number): LinkedRow[] {
  const visible = visibleSql(scope, 'l');
  const decided = scopeDecisions(scope, { id: 'd.id', reviewer: 'd.reviewer_id' });
  const latest = (column: string) =>
    `(SELECT ${column} FROM decisions d WHERE d.case_console = l.namespace AND d.case_id = l.case_id
        AND d.mode = 'live' AND d.reversed_by IS NULL AND ${decided.sql} ORDER BY d.seq DESC LIMIT 1)`;
  const sql = `
    SELECT l.namespace, l.case_id, l.console, l.url, l.subject, l.last_seen_at,
      ${latest('d.decision')} AS decision, ${latest('d.reviewer_name')} AS reviewer_name
    FROM linked_cases l
    WHERE (l.namespace, l.case_id) IN (
      SELECT e.namespace, e.case_id FROM case_entities e
      WHERE (e.kind, e.value) IN (
        SELECT kind, value FROM case_entities WHERE namespace = @ns AND case_id = @id))
      AND ${visible.sql}
    ORDER BY l.last_seen_at DESC LIMIT @limit`;
  const rows = prepared(db, sql).all({
    ns: ref.namespace,
    id: ref.caseId,
    scope: visible.value,
    limit,
  });
  return z.array(linkedRowSchema).parse(rows);
}

/** Which of `ref`'s entities each linked case holds, as "namespace\ncase" → "kind\nvalue"[]. */
export function sharedEntities(db: Database, ref: CaseRef): Map<string, string[]> {
  const rows = prepared(
    db,
    `SELECT e.namespace, e.case_id, e.kind, e.value FROM case_entities e
     JOIN case_entities o ON o.kind = e.kind AND o.value = e.value
     WHERE o.namespace = ? AND o.case_id = ?`,
  ).all(ref.namespace, ref.caseId);
  const shared = new Map<string, string[]>();
  const rowSchema = z.object({
    namespace: z.string(),
    case_id: z.string(),
    kind: z.string(),
    value: z.string(),
  });
  for (const row of z.array(rowSchema).parse(rows)) {
    const key = `${row.namespace}\n${row.case_id}`;
    const list = shared.get(key) ?? [];
    list.push(`${row.kind}\n${row.value}`);
    shared.set(key, list);
  }
  return shared;
}

import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Investigation, LinkedCase } from '../../utils/investigations/schema';
import { linkedCaseSchema } from '../../utils/investigations/schema';
import type { CaseRef } from '../cases/resolve-case';
import { notesOf } from '../db/investigation-notes';
import { entitiesOf, linkedCases, sharedEntities, type LinkedRow } from '../db/investigations';
import type { Scope } from '../qa/scope';

/** More than any graph a person reads; the answer says when it was cut. */
export const MAX_LINKED_CASES = 5000;

const storedDecisionSchema = z.object({ action: z.string(), decidedAt: z.string() });

function decisionOf(row: LinkedRow): LinkedCase['decision'] {
  if (row.decision === null) return null;
  const parsed = storedDecisionSchema.safeParse(JSON.parse(row.decision));
  if (!parsed.success) return null;
  return { ...parsed.data, reviewerName: row.reviewer_name ?? '' };
}

/** The investigation of one case: its entities, every visible case sharing one, and notes. */
export function assembleInvestigation(
  db: Database,
  ref: CaseRef,
  origin: { console: string; id: string },
  scope: Scope,
): Investigation {
  const entities = entitiesOf(db, ref);
  const index = new Map(entities.map((entity, i) => [`${entity.kind}\n${entity.value}`, i]));
  const shared = sharedEntities(db, ref);
  const rows = linkedCases(db, ref, scope, MAX_LINKED_CASES + 1);
  const counts = entities.map(() => 0);
  const cases = rows.slice(0, MAX_LINKED_CASES).map((row) => {
    const keys = shared.get(`${row.namespace}\n${row.case_id}`) ?? [];
    const shares = keys.flatMap((key) => index.get(key) ?? []).toSorted((a, b) => a - b);
    for (const i of shares) counts[i] = (counts[i] ?? 0) + 1;
    const url = linkedCaseSchema.shape.url.safeParse(row.url);
    return {
      linked: {
        console: row.console,
        id: row.case_id,
        url: url.success ? url.data : undefined,
        subject: row.subject ?? undefined,
        lastSeenAt: row.last_seen_at,
        shares,
        decision: decisionOf(row),
      } satisfies LinkedCase,
      self: row.namespace === ref.namespace && row.case_id === ref.caseId,
    };
  });
  // The investigated case first, then the most entities shared, then the most recent.
  cases.sort(
    (a, b) => Number(b.self) - Number(a.self) || b.linked.shares.length - a.linked.shares.length,
  );
  return {
    case: origin,
    entities: entities.map((entity, i) => ({ ...entity, caseCount: counts[i] ?? 0 })),
    cases: cases.map((c) => c.linked),
    truncated: rows.length > MAX_LINKED_CASES,
    notes: notesOf(db, ref),
  };
}

import type { Database } from 'better-sqlite3';
import { appendAudit, type AuditRecord } from '../db/audit';

/**
 * Every change to users, teams and tokens goes through `audited`: the change and its audit
 * row are one transaction, so there is no change without its row and no row without its change.
 * The admin CLI and the admin routes both call these actions; only the actor differs.
 */

export type Problem = 'conflict' | 'not_found' | 'invalid';

export type ActionResult<T> =
  { ok: true; value: T } | { ok: false; problem: Problem; message: string };

export interface ActionContext {
  db: Database;
  /** `cli:<os user>`, the admin's user id, or `demo-seed`. */
  actor: string;
  now: Date;
}

export const refuse = (problem: Problem, message: string) =>
  ({ ok: false, problem, message }) as const;

/**
 * Runs `change` in a transaction; when it succeeds, appends the audit row it describes. A
 * refusal changes nothing and is not audited (nothing happened).
 */
export function audited<T>(
  ctx: ActionContext,
  change: () => ActionResult<{ value: T; audit: Omit<AuditRecord, 'actor'> }>,
): ActionResult<T> {
  return ctx.db
    .transaction((): ActionResult<T> => {
      const result = change();
      if (!result.ok) return result;
      appendAudit(ctx.db, { ...result.value.audit, actor: ctx.actor }, ctx.now.toISOString());
      return { ok: true, value: result.value.value };
    })
    .immediate();
}

/** A readable id from a name ("Acme BPO" → "acme-bpo"), numbered when taken. */
export function slugId(name: string, taken: (id: string) => boolean): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'user';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

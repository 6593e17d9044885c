import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { prepared } from './statements';

/**
 * A lead's settings kept as versions: every edit is a new row and nothing is overwritten, so a
 * past score or batch can say which settings it ran under. Before a lead set any, version 0
 * holds the schema's defaults. Sampling rules and pre-review settings both live like this.
 */

export type Versioned<T> = T & { version: number; setBy: string | null; setAt: string | null };

export interface VersionedSettings<T> {
  current(db: Database): Versioned<T>;
  insert(db: Database, values: T, setBy: string, at: string): Versioned<T>;
}

const rowSchema = z.object({
  version: z.number(),
  values: z.string(),
  set_by: z.string(),
  set_at: z.string(),
});

/** Table and column names are ours (never a caller's input), so they are spliced into the SQL. */
export function versionedSettings<S extends z.ZodType<object>>(
  table: string,
  column: string,
  schema: S,
): VersionedSettings<z.output<S>> {
  const latestSql = `SELECT version, ${column} AS "values", set_by, set_at
    FROM ${table} ORDER BY version DESC LIMIT 1`;
  const insertSql = `INSERT INTO ${table} (version, ${column}, set_by, set_at) VALUES (?, ?, ?, ?)`;
  const current = (db: Database): Versioned<z.output<S>> => {
    const raw = prepared(db, latestSql).get();
    if (raw === undefined) {
      return { ...schema.parse({}), version: 0, setBy: null, setAt: null };
    }
    const row = rowSchema.parse(raw);
    const values = schema.parse(JSON.parse(row.values));
    return { ...values, version: row.version, setBy: row.set_by, setAt: row.set_at };
  };
  return {
    current,
    insert(db, values, setBy, at) {
      const version = current(db).version + 1;
      prepared(db, insertSql).run(version, JSON.stringify(values), setBy, at);
      return current(db);
    },
  };
}

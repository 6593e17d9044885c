import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepared statements, compiled once per database and reused: preparing on every request was
 * the largest single cost of posting a decision.
 */
const cache = new WeakMap<Database, Map<string, Statement>>();

export function prepared(db: Database, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}

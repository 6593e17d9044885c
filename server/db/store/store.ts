/**
 * The case API's data access, one interface over SQLite (the embedded default) and PostgreSQL
 * (several instances on a shared database). Queries are plain SQL that both dialects accept,
 * with named parameters written `@name`; where the dialects differ, the caller branches on
 * `dialect`. Every call is async, because a Postgres query is a network round trip; on SQLite
 * the work underneath stays synchronous.
 *
 * Portable SQL, as the contract test checks it: quote camelCase names (`AS "reviewerId"`),
 * since Postgres folds unquoted ones to lower case; `ON CONFLICT … DO NOTHING`, not `INSERT OR
 * IGNORE`; flags are 0/1 integers; no SQLite JSON functions in shared queries (branch on
 * `dialect`, or keep the field in its own column). Inside a transaction await nothing but `tx`.
 */

export type Dialect = 'sqlite' | 'postgres';

/** Named parameters; values are strings, numbers, null, or booleans (stored as 0/1 in SQLite). */
export type SqlParams = Readonly<Record<string, string | number | bigint | boolean | null>>;

export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

export interface Queryable {
  all<Row>(sql: string, params?: SqlParams): Promise<Row[]>;
  get<Row>(sql: string, params?: SqlParams): Promise<Row | undefined>;
  run(sql: string, params?: SqlParams): Promise<RunResult>;
}

export interface Store extends Queryable {
  readonly dialect: Dialect;
  /**
   * Runs `work` in one transaction that holds the write lock from its first statement (SQLite
   * `BEGIN IMMEDIATE`; Postgres `SERIALIZABLE`, where `work` may run again after a
   * serialization failure, so it must have no effects outside `tx`). Commits when `work`
   * resolves, rolls back when it throws. Only `tx` may be used inside: a call to the store
   * itself, or a nested `transaction`, is refused rather than left to deadlock.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A unique or primary-key constraint refused a write; the same in both dialects. */
export class UniqueViolation extends Error {
  constructor(
    message: string,
    /** The constraint's or index's name where the database says it (Postgres does). */
    readonly constraint?: string,
  ) {
    super(message);
    this.name = 'UniqueViolation';
  }
}

export class NestedTransactionError extends Error {
  constructor() {
    super('A transaction is open in this call chain: use its `tx`, not the store.');
    this.name = 'NestedTransactionError';
  }
}

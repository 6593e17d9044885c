import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import { ExclusiveQueue } from './exclusive-queue';
import {
  NestedTransactionError,
  UniqueViolation,
  type Queryable,
  type RunResult,
  type SqlParams,
  type Store,
} from './store';

type Bindable = Record<string, string | number | bigint | null>;

/** better-sqlite3 binds no booleans; both dialects keep flags as 0/1 integers. */
function bindable(params: SqlParams = {}): Bindable {
  const out: Bindable = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'boolean' ? Number(value) : value;
  }
  return out;
}

function unique(error: unknown): never {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    throw new UniqueViolation((error as Error).message);
  }
  throw error;
}

function queryable(db: Database): Queryable {
  return {
    all: async <Row>(sql: string, params?: SqlParams) =>
      prepared(db, sql).all(bindable(params)) as Row[],
    get: async <Row>(sql: string, params?: SqlParams) =>
      prepared(db, sql).get(bindable(params)) as Row | undefined,
    run: async (sql: string, params?: SqlParams): Promise<RunResult> => {
      try {
        return { changes: prepared(db, sql).run(bindable(params)).changes };
      } catch (error) {
        return unique(error);
      }
    },
  };
}

/**
 * The store over one better-sqlite3 connection (the embedded default). Statements run
 * synchronously as before; a transaction takes the connection for itself until it ends, and
 * statements arriving meanwhile wait their turn.
 */
export function sqliteStore(db: Database): Store {
  const direct = queryable(db);
  const queue = new ExclusiveQueue();
  const inTransaction = new AsyncLocalStorage<true>();
  // Outside a transaction a statement runs at once (synchronously, as before) unless a
  // transaction holds the connection; then it queues behind it.
  const turn = <R>(call: () => Promise<R>): Promise<R> => {
    if (inTransaction.getStore()) return Promise.reject(new NestedTransactionError());
    return queue.idle ? call() : queue.run(call);
  };
  return {
    dialect: 'sqlite',
    all: <Row>(sql: string, params?: SqlParams) => turn(() => direct.all<Row>(sql, params)),
    get: <Row>(sql: string, params?: SqlParams) => turn(() => direct.get<Row>(sql, params)),
    run: (sql: string, params?: SqlParams) => turn(() => direct.run(sql, params)),
    transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      if (inTransaction.getStore()) return Promise.reject(new NestedTransactionError());
      return queue.run(() =>
        inTransaction.run(true, async () => {
          db.exec('BEGIN IMMEDIATE');
          try {
            const result = await work(direct);
            db.exec('COMMIT');
            return result;
          } catch (error) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw error;
          }
        }),
      );
    },
    close: async () => {
      await queue.run(() => db.close());
    },
  };
}

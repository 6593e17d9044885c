import { AsyncLocalStorage } from 'node:async_hooks';
import { Pool, types as pgTypes, type DatabaseError, type PoolClient } from 'pg';
import { bindValues, toPositional } from './named-params';
import {
  NestedTransactionError,
  UniqueViolation,
  type Queryable,
  type SqlParams,
  type Store,
} from './store';

/** Serialization failure and deadlock: the transaction did nothing and may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 8;

// COUNT(*) and SUM() are bigint (int8) and numeric in Postgres, which pg hands back as strings
// to keep their precision. Our counts fit in a double, and SQLite gives numbers: parse them.
const types = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === pgTypes.builtins.INT8) return (value: string) => Number(value);
    if (oid === pgTypes.builtins.NUMERIC) return (value: string) => Number(value);
    return pgTypes.getTypeParser(oid, format as 'text');
  }) as typeof pgTypes.getTypeParser,
};

type Client = Pool | PoolClient;

function queryable(client: Client): Queryable {
  const query = async (sql: string, params?: SqlParams) => {
    const positional = toPositional(sql);
    const values = bindValues(positional, params).map((v) =>
      typeof v === 'boolean' ? Number(v) : v,
    );
    try {
      return await client.query({ text: positional.text, values });
    } catch (error) {
      const { code, constraint, message } = error as DatabaseError;
      if (code === '23505') throw new UniqueViolation(message, constraint);
      throw error;
    }
  };
  return {
    all: async <Row>(sql: string, params?: SqlParams) => (await query(sql, params)).rows as Row[],
    get: async <Row>(sql: string, params?: SqlParams) =>
      (await query(sql, params)).rows[0] as Row | undefined,
    run: async (sql: string, params?: SqlParams) => ({
      changes: (await query(sql, params)).rowCount ?? 0,
    }),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The store over a pool of Postgres connections (`DATABASE_URL=postgres://…`), for several
 * API instances on one database. Guarantees come from the database: constraints, and
 * SERIALIZABLE transactions retried on a serialization failure, never an in-process lock.
 */
export function postgresStore(connectionString: string, poolSize = 10): Store {
  const pool = new Pool({ connectionString, max: poolSize, types });
  // An idle connection the server dropped (a restart) must not crash the process.
  pool.on('error', () => {});
  const direct = queryable(pool);
  const inTransaction = new AsyncLocalStorage<true>();
  const outside = <R>(call: () => Promise<R>): Promise<R> =>
    inTransaction.getStore() ? Promise.reject(new NestedTransactionError()) : call();

  async function attempt<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      const result = await inTransaction.run(true, () => work(queryable(client)));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    dialect: 'postgres',
    all: <Row>(sql: string, params?: SqlParams) => outside(() => direct.all<Row>(sql, params)),
    get: <Row>(sql: string, params?: SqlParams) => outside(() => direct.get<Row>(sql, params)),
    run: (sql: string, params?: SqlParams) => outside(() => direct.run(sql, params)),
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      if (inTransaction.getStore()) throw new NestedTransactionError();
      for (let tries = 1; ; tries += 1) {
        try {
          return await attempt(work);
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (!code || !RETRYABLE.has(code) || tries >= MAX_ATTEMPTS) throw error;
          // Jittered backoff, so the transactions that collided do not collide again.
          await pause(Math.random() * 5 * 2 ** tries);
        }
      }
    },
    close: () => pool.end(),
  };
}

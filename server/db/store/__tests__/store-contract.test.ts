import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresStore } from '../postgres-store';
import { sqliteStore } from '../sqlite-store';
import { NestedTransactionError, UniqueViolation, type Store } from '../store';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../throwaway-postgres';

const SCHEMA = [
  'CREATE TABLE items (id TEXT PRIMARY KEY, n INTEGER NOT NULL, flag INTEGER NOT NULL DEFAULT 0, note TEXT)',
  'CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)',
  'INSERT INTO counter (id, value) VALUES (1, 0)',
];

let postgres: ThrowawayPostgres;
let pgSchema = 0;

beforeAll(async () => {
  postgres = await startThrowawayPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

/** A fresh, empty store per test: an in-memory SQLite, or a new schema on the shared cluster. */
const dialects: Array<[string, () => Promise<Store>]> = [
  ['sqlite', async () => sqliteStore(new BetterSqlite3(':memory:'))],
  [
    'postgres',
    async () => {
      const schema = `t${++pgSchema}`;
      const admin = postgresStore(postgres.url, 1);
      await admin.run(`CREATE SCHEMA ${schema}`);
      await admin.close();
      return postgresStore(`${postgres.url}?options=-c%20search_path%3D${schema}`, 30);
    },
  ],
];

describe.each(dialects)('the %s store', (_name, open) => {
  async function fresh(): Promise<Store> {
    const store = await open();
    for (const statement of SCHEMA) await store.run(statement);
    return store;
  }

  it('binds named parameters, a name used twice, and leaves @ inside literals alone', async () => {
    const store = await fresh();
    await store.run(`INSERT INTO items (id, n, note) VALUES (@id, @n, '@not-a-param')`, {
      id: 'a',
      n: 2,
    });
    const row = await store.get<{ id: string; twice: number; note: string }>(
      'SELECT id, n + @k + @k AS twice, note FROM items WHERE id = @id',
      { id: 'a', k: 1 },
    );
    expect(row).toEqual({ id: 'a', twice: 4, note: '@not-a-param' });
    // A quoted alias keeps its case on both (Postgres folds an unquoted one to lower case).
    expect(await store.get('SELECT n AS "itemCount" FROM items')).toEqual({ itemCount: 2 });
    expect(await store.get('SELECT id FROM items WHERE id = @id', { id: 'none' })).toBeUndefined();
    await store.close();
  });

  it('counts come back as numbers and booleans are stored as 0/1', async () => {
    const store = await fresh();
    for (const [id, flag] of [
      ['a', true],
      ['b', false],
      ['c', true],
    ] as const) {
      await store.run('INSERT INTO items (id, n, flag) VALUES (@id, 1, @flag)', { id, flag });
    }
    const row = await store.get<{ total: number; flagged: number }>(
      'SELECT COUNT(*) AS total, SUM(flag) AS flagged FROM items',
    );
    expect(row).toEqual({ total: 3, flagged: 2 });
    expect((await store.run('UPDATE items SET n = 5 WHERE flag = 1')).changes).toBe(2);
    await store.close();
  });

  it('reports a duplicate key as UniqueViolation, and ON CONFLICT DO NOTHING as 0 changes', async () => {
    const store = await fresh();
    await store.run("INSERT INTO items (id, n) VALUES ('a', 1)");
    await expect(store.run("INSERT INTO items (id, n) VALUES ('a', 2)")).rejects.toBeInstanceOf(
      UniqueViolation,
    );
    const ignored = await store.run(
      "INSERT INTO items (id, n) VALUES ('a', 3) ON CONFLICT (id) DO NOTHING",
    );
    expect(ignored.changes).toBe(0);
    await store.close();
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    const store = await fresh();
    await store.transaction((tx) => tx.run("INSERT INTO items (id, n) VALUES ('kept', 1)"));
    await expect(
      store.transaction(async (tx) => {
        await tx.run("INSERT INTO items (id, n) VALUES ('gone', 1)");
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    const ids = await store.all<{ id: string }>('SELECT id FROM items ORDER BY id');
    expect(ids.map((r) => r.id)).toEqual(['kept']);
    await store.close();
  });

  it('refuses the store itself, or a nested transaction, inside a transaction', async () => {
    const store = await fresh();
    await expect(store.transaction(() => store.get('SELECT 1 AS one'))).rejects.toBeInstanceOf(
      NestedTransactionError,
    );
    await expect(store.transaction(() => store.transaction(async () => 1))).rejects.toBeInstanceOf(
      NestedTransactionError,
    );
    await store.close();
  });

  it('loses no update when 20 transactions read and write the same row at once', async () => {
    const store = await fresh();
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store.transaction(async (tx) => {
          const { value } = (await tx.get<{ value: number }>(
            'SELECT value FROM counter WHERE id = 1',
          ))!;
          // Another transaction's turn would come here, between the read and the write.
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tx.run('UPDATE counter SET value = @value WHERE id = 1', { value: value + 1 });
        }),
      ),
    );
    expect(await store.get('SELECT value FROM counter WHERE id = 1')).toEqual({ value: 20 });
    await store.close();
  });

  it('a statement outside a transaction waits for it, and is not rolled back with it', async () => {
    const store = await fresh();
    let inside!: () => void;
    const entered = new Promise<void>((resolve) => (inside = resolve));
    const failing = store.transaction(async (tx) => {
      await tx.run("INSERT INTO items (id, n) VALUES ('tx', 1)");
      inside();
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error('rolled back');
    });
    // Handled now: on Postgres the statement below need not wait, so this may fail first.
    const outcome = failing.then(
      () => 'committed',
      (error: Error) => error.message,
    );
    await entered;
    await store.run("INSERT INTO items (id, n) VALUES ('outside', 1)");
    expect(await outcome).toBe('rolled back');
    const ids = await store.all<{ id: string }>('SELECT id FROM items ORDER BY id');
    expect(ids.map((r) => r.id)).toEqual(['outside']);
    await store.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../open';
import { migrations } from '../../migrations';
import { postgresStore } from '../../store/postgres-store';
import { sqliteStore } from '../../store/sqlite-store';
import type { Store } from '../../store/store';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../store/throwaway-postgres';
import { migratePostgres } from '../migrate';

let cluster: ThrowawayPostgres;
let databases = 0;

/** A new, empty database on the cluster; migrations run in `public`, as in production. */
async function freshDatabase(): Promise<string> {
  const name = `schema_${++databases}`;
  const admin = postgresStore(cluster.url, 1);
  await admin.run(`CREATE DATABASE ${name}`);
  await admin.close();
  return cluster.url.replace(/\/postgres$/, `/${name}`);
}

beforeAll(async () => {
  cluster = await startThrowawayPostgres();
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
});

interface Shape {
  tables: Record<string, string[]>;
  indexes: string[];
  triggers: string[];
}

async function sqliteShape(): Promise<Shape> {
  const db = openDatabase(':memory:');
  const names = (type: string) =>
    (
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = ? AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'`,
        )
        .all(type) as { name: string }[]
    )
      .map((r) => r.name)
      .toSorted();
  const tables: Record<string, string[]> = {};
  for (const table of names('table')) {
    tables[table] = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[])
      .map((c) => c.name)
      .toSorted();
  }
  return { tables, indexes: names('index'), triggers: names('trigger') };
}

async function postgresShape(store: Store): Promise<Shape> {
  const columns = await store.all<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> 'caselight_migrations'`,
  );
  const tables: Record<string, string[]> = {};
  for (const { table_name, column_name } of columns) (tables[table_name] ??= []).push(column_name);
  for (const table of Object.keys(tables)) tables[table]!.sort();
  // Indexes a statement created, not the ones Postgres makes for PRIMARY KEY and UNIQUE.
  const indexes = await store.all<{ name: string }>(
    `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
  );
  const triggers = await store.all<{ name: string }>(
    'SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal',
  );
  return {
    tables: Object.fromEntries(Object.entries(tables).toSorted(([a], [b]) => a.localeCompare(b))),
    indexes: indexes.map((r) => r.name).toSorted(),
    triggers: triggers.map((r) => r.name).toSorted(),
  };
}

describe('the migrations on Postgres', () => {
  it('leave the same tables, columns, indexes and triggers as on SQLite', async () => {
    const url = await freshDatabase();
    expect(await migratePostgres(url, migrations)).toBe(migrations.length);
    const store = postgresStore(url, 2);
    const [onSqlite, onPostgres] = [await sqliteShape(), await postgresShape(store)];
    await store.close();
    expect(onPostgres.tables).toEqual(
      Object.fromEntries(
        Object.entries(onSqlite.tables).toSorted(([a], [b]) => a.localeCompare(b)),
      ),
    );
    expect(onPostgres.indexes).toEqual(onSqlite.indexes);
    expect(onPostgres.triggers).toEqual(onSqlite.triggers);
  }, 60_000);

  it('run once when three instances start on a new database together', async () => {
    const url = await freshDatabase();
    const counts = await Promise.all([1, 2, 3].map(() => migratePostgres(url, migrations)));
    expect(counts).toEqual([migrations.length, migrations.length, migrations.length]);
    const store = postgresStore(url, 1);
    const applied = await store.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM caselight_migrations',
    );
    await store.close();
    expect(applied).toEqual({ n: migrations.length });
  }, 60_000);
});

const decision = (id: string, seq: number) => ({
  seq,
  id,
  json: JSON.stringify({
    console: 'demo',
    handleTimeMs: 1200,
    guidanceVersion: 1,
    action: 'remove',
    agreement: 'agreed',
    caseRecord: { queue: 'abuse', slaDueAt: '2026-12-08T10:00:00+01:00' },
    suggestion: { action: 'remove', scores: { harassment: 0.9, spam: 0.1 } },
  }),
});

describe.each([
  ['sqlite', async () => sqliteStore(openDatabase(':memory:'))],
  [
    'postgres',
    async () => {
      const url = await freshDatabase();
      await migratePostgres(url, migrations);
      return postgresStore(url, 2);
    },
  ],
] as Array<[string, () => Promise<Store>]>)('the schema on %s', (_dialect, open) => {
  const insert = `INSERT INTO decisions (seq, id, case_id, case_console, reviewer_id, reviewer_name,
      reported_account_id, mode, decided_at, received_at, decision)
    VALUES (@seq, @id, 'c-1', 'demo', 'u-1', 'Ada', NULL, 'live', '2026-12-08T08:00:00.000Z',
      '2026-12-08T08:00:01.000Z', @json)`;

  it('keeps decisions append-only but for the reversal link, and fills the dashboard facts', async () => {
    const store = await open();
    await store.run(insert, decision('d-1', 1));
    await expect(store.run("DELETE FROM decisions WHERE id = 'd-1'")).rejects.toThrow(
      /append-only/,
    );
    await expect(store.run("UPDATE decisions SET mode = 'qa' WHERE id = 'd-1'")).rejects.toThrow(
      /append-only/,
    );
    const fact = await store.get(
      `SELECT queue, sla_due_at, handle_ms, top_category, suggested_action, is_reversal, reversed
       FROM decision_facts WHERE decision_id = 'd-1'`,
    );
    expect(fact).toEqual({
      queue: 'abuse',
      sla_due_at: '2026-12-08T09:00:00.000Z',
      handle_ms: 1200,
      top_category: 'harassment',
      suggested_action: 'remove',
      is_reversal: 0,
      reversed: 0,
    });
    // The one change allowed: linking the reversal, once; the facts follow it.
    await store.run(insert, decision('d-2', 2));
    await store.run(insert, decision('d-3', 3));
    await store.run("UPDATE decisions SET reversed_by = 'd-2' WHERE id = 'd-1'");
    await expect(
      store.run("UPDATE decisions SET reversed_by = 'd-3' WHERE id = 'd-1'"),
    ).rejects.toThrow(/only reversed_by may be set, once/);
    expect(
      await store.get("SELECT reversed FROM decision_facts WHERE decision_id = 'd-1'"),
    ).toEqual({ reversed: 1 });
    // The dashboard's daily rollup follows too: three decisions in one bucket, one reversed.
    const rollup = await store.get<{ decisions: number; reversed: number; handle_hist: string }>(
      "SELECT decisions, reversed, handle_hist FROM ops_rollup WHERE day = '2026-12-08'",
    );
    expect({ ...rollup, handle_hist: JSON.parse(rollup!.handle_hist) }).toEqual({
      decisions: 3,
      reversed: 1,
      handle_hist: { '2': 3 },
    });
    await store.close();
  }, 60_000);
});

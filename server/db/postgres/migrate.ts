import { Client } from 'pg';
import type { Migration } from '../migrations';
import { postgresOverrides } from './overrides';
import { POSTGRES_PRELUDE, sqliteToPostgres } from './translate-ddl';

/** Any constant both our processes agree on; Postgres advisory locks are keyed by a bigint. */
const MIGRATION_LOCK = 4_317_001;

/** The Postgres text of a migration: written by hand, or its SQLite SQL translated. */
export function postgresSql(migration: Migration): string {
  return postgresOverrides[migration.name] ?? sqliteToPostgres(migration.sql);
}

/**
 * Runs the migrations Postgres has not seen, each in its own transaction, recorded in
 * `caselight_migrations`. Instances starting together take turns on a session advisory lock,
 * so none runs a migration twice and none serves before the schema is complete.
 */
export async function migratePostgres(
  connectionString: string,
  migrations: readonly Migration[],
): Promise<number> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS caselight_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    await client.query(POSTGRES_PRELUDE);
    const { rows } = await client.query<{ done: number }>(
      'SELECT COUNT(*)::int AS done FROM caselight_migrations',
    );
    for (let version = rows[0]!.done; version < migrations.length; version += 1) {
      const migration = migrations[version]!;
      await client.query('BEGIN');
      try {
        await client.query(postgresSql(migration));
        await client.query(
          'INSERT INTO caselight_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
          [version + 1, migration.name, new Date().toISOString()],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Postgres migration ${version + 1} (${migration.name}) failed`, {
          cause: error,
        });
      }
    }
    return migrations.length;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}

import { opsFactsMigration } from '../ops-facts-migration';
import { opsRollupMigration } from '../ops-rollup-migration';
import { OPS_FACTS_POSTGRES } from './ops-facts';
import { OPS_ROLLUP_POSTGRES } from './ops-rollup';

/**
 * Migrations whose SQLite SQL cannot be translated (`translate-ddl.ts`), written for Postgres
 * by hand and keyed by the migration's name. Each must leave the same tables, columns and
 * behaviour as its SQLite form; `postgres-schema.test.ts` compares the two.
 */

export const postgresOverrides: Readonly<Record<string, string>> = {
  [opsFactsMigration.name]: OPS_FACTS_POSTGRES,
  [opsRollupMigration.name]: OPS_ROLLUP_POSTGRES,
};

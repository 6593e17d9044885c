import type { Database } from 'better-sqlite3';
import { postgresStore } from './postgres-store';
import { sqliteStore } from './sqlite-store';
import type { Store } from './store';

/** `postgres://` or `postgresql://` in DATABASE_URL selects Postgres; nothing keeps SQLite. */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(?:ql)?:\/\//.test(url);
}

/** The store for a Postgres URL, or over the SQLite connection the server already opened. */
export function openStore(options: { databaseUrl?: string; sqlite: () => Database }): Store {
  return isPostgresUrl(options.databaseUrl)
    ? postgresStore(options.databaseUrl)
    : sqliteStore(options.sqlite());
}

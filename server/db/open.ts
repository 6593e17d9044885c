import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrate } from './migrations';

/**
 * Opens (creating if needed) the SQLite database and brings its schema up to date.
 * `':memory:'` gives a throwaway database, which is what tests and the demo default to.
 */
export function openDatabase(path = ':memory:'): Database {
  const db = new BetterSqlite3(path);
  // WAL lets a reader (e.g. the sqlite3 CLI during a demo) look while the server writes.
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

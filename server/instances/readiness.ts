import type { Database } from 'better-sqlite3';
import { migrations } from '../db/migrations';
import type { Readiness } from './health-schema';
import type { Lifecycle } from './lifecycle';

/** True when the database answers a query; false when it is closed, locked out or gone. */
function databaseAnswers(db: Database): boolean {
  try {
    return db.prepare('SELECT 1').pluck().get() === 1;
  } catch {
    return false;
  }
}

/** Every migration this build knows has run (another build may have added more: also fine). */
function migrationsApplied(db: Database): boolean {
  try {
    return Number(db.pragma('user_version', { simple: true })) >= migrations.length;
  } catch {
    return false;
  }
}

export function readiness(db: Database, lifecycle: Lifecycle): Readiness {
  const checks = {
    database: databaseAnswers(db),
    migrations: false,
    draining: lifecycle.draining,
  };
  checks.migrations = checks.database && migrationsApplied(db);
  return {
    ready: checks.database && checks.migrations && !checks.draining,
    pid: process.pid,
    checks,
  };
}

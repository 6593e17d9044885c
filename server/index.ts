/**
 * Public entry of the reference case API and demo console, for the demo script, the
 * end-to-end tests and anyone embedding the server.
 */
export { startCaseApi, type StartCaseApiOptions, type StartedServer } from './start';
export { createApp, type AppOptions } from './app';
export { classicDesignSchema, type ClassicDesign } from './classic/design';
export type { ApiOptions } from './api/routes';
export {
  faultConfigSchema,
  faultModeSchema,
  faultStateSchema,
  type FaultConfig,
  type FaultMode,
  type FaultState,
} from './api/fault-schema';
export {
  ACCOUNT_HISTORY_LIMIT,
  EXPORT_DEFAULT_LIMIT,
  EXPORT_MAX_LIMIT,
} from './api/decision-routes';
export { ABANDONED_AFTER_MS, KEY_RETENTION_MS } from './db/idempotency-keys';
export { DEFAULT_RETENTION_DAYS, type CaseOptions } from './cases/case-settings';
export { DEFAULT_HOSTED_CONSOLES } from './cases/resolve-case';
export { CASE_TEXT_SWEEP_MS } from './cases/case-text-sweep';
export { openDatabase } from './db/open';
export { DEMO_TOKENS, DEMO_USERS, type DemoAccount } from './demo-tokens';
export { seedCases, seedDatabase } from './seed';
export { GROUP_CHAT_LENGTH } from './seed/cases/c-1010-group-chat';
export { DEMO_CONSOLE_ID, SERVICE_NAME, SERVICE_VERSION } from './version';
export type { Database } from 'better-sqlite3';

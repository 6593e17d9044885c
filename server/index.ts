/**
 * Public entry of the reference case API and demo console, for the demo script, the
 * end-to-end tests and anyone embedding the server.
 */
export { startCaseApi, type StartCaseApiOptions, type StartedServer } from './start';
export { createApp } from './app';
export { openDatabase } from './db/open';
export { DEMO_TOKENS, DEMO_USERS, type DemoAccount } from './demo-tokens';
export { seedCases, seedDatabase } from './seed';
export { GROUP_CHAT_LENGTH } from './seed/cases/c-1010-group-chat';
export { DEMO_CONSOLE_ID, SERVICE_NAME, SERVICE_VERSION } from './version';
export type { Database } from 'better-sqlite3';

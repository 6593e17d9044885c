import type { Database } from 'better-sqlite3';
import { countCases } from '../db/cases';
import { seedDemoAccounts } from '../accounts/demo-accounts';
import { putCases } from '../db/write-cases';
import { createClock, type SeedCase, type SeedCaseFactory } from './build';
import { harassmentDogpile } from './cases/c-1001-harassment';
import { credibleThreat } from './cases/c-1002-threat';
import { cryptoScam } from './cases/c-1003-crypto-scam';
import { hateSpeech } from './cases/c-1004-hate-speech';
import { selfHarmRisk } from './cases/c-1005-self-harm';
import { unsolicitedSexualMessage } from './cases/c-1006-sexual-message';
import { graphicViolenceImage } from './cases/c-1007-graphic-image';
import { billingFollowUp } from './cases/c-1008-billing-followup';
import { sportsBanter } from './cases/c-1009-sports-banter';
import { groupChatSpam } from './cases/c-1010-group-chat';
import { spanishHarassment } from './cases/c-1011-spanish-harassment';
import { counterfeitListing } from './cases/c-1012-counterfeit-images';
import { bankImpersonation } from './cases/c-1013-impersonation';

/** The demo cases in console order. */
const factories: readonly SeedCaseFactory[] = [
  harassmentDogpile,
  credibleThreat,
  cryptoScam,
  hateSpeech,
  selfHarmRisk,
  unsolicitedSexualMessage,
  graphicViolenceImage,
  billingFollowUp,
  sportsBanter,
  groupChatSpam,
  spanishHarassment,
  counterfeitListing,
  bankImpersonation,
];

/** The seed cases with times relative to `now` (pass a fixed date for repeatable data). */
export function seedCases(now: Date = new Date()): SeedCase[] {
  const clock = createClock(now);
  return factories.map((factory) => factory(clock));
}

/**
 * Seeds the demo teams, users and tokens (those missing) and the demo cases (only into an
 * empty database, so a file-backed demo keeps its cases, and any edits to them, across restarts).
 */
export function seedDatabase(db: Database, now: Date = new Date()): void {
  seedDemoAccounts(db, now);
  if (countCases(db) === 0) putCases(db, seedCases(now));
}

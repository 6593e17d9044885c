import type { Database } from 'better-sqlite3';
import type OpenAI from 'openai';
import { guidancePackSchema, type GuidancePack } from '../../utils/guidance/schema';
import type { PreReviewRun } from '../../utils/qa/prereview-schema';
import { drawPercent } from '../../utils/qa/sample';
import type { CaseResolver } from '../cases/resolve-case';
import { findDecision } from '../db/decisions';
import { claim, dueDecisions, enterQaQueue, finish } from '../db/prereview-runs';
import {
  addUsage,
  budgetDay,
  currentPreReviewSettings,
  recordBatch,
  usageOn,
} from '../db/prereview-settings';
import { findVersion, latestVersion } from '../guidance/versions';
import { DEFAULT_BATCH_SIZE, type PreReviewModel } from './config';
import { caseForReview } from './case-text';
import { reviewOne } from './review-one';

/** Decisions older than this are left alone: pre-review is about this week's work. */
export const LOOKBACK_DAYS = 7;

export interface BatchDeps {
  db: Database;
  cases: CaseResolver;
  clock: () => Date;
  model: PreReviewModel | undefined;
  client: OpenAI | undefined;
}

/** The guidance a decision was made under (the latest if that version is unknown here). */
function packLoader(db: Database): (version: number) => GuidancePack | undefined {
  const packs = new Map<number, GuidancePack | undefined>();
  return (version) => {
    if (!packs.has(version)) {
      const stored = findVersion(db, version) ?? latestVersion(db);
      packs.set(version, stored && guidancePackSchema.parse(JSON.parse(stored.pack)));
    }
    return packs.get(version);
  };
}

const ended = (db: Database, run: PreReviewRun, at: Date): PreReviewRun => {
  recordBatch(db, run, at.toISOString());
  return run;
};

/**
 * One batch: up to `batchSize` due decisions, one model call each, within today's budget.
 * Each decision is claimed before its call, so a restart or a second instance never repeats it.
 */
export async function runPreReviewBatch(deps: BatchDeps): Promise<PreReviewRun> {
  const { db, clock, model, client } = deps;
  const tally = { reviewed: 0, flagged: 0, errors: 0 };
  const start = clock();
  if (!model || !client) {
    const message = 'No model is configured in the case API, so pre-review is off.';
    return ended(db, { ...tally, stopped: 'not-configured', message }, start);
  }
  const settings = currentPreReviewSettings(db);
  if (!settings.enabled) {
    return ended(db, { ...tally, stopped: 'off', message: 'A lead turned pre-review off.' }, start);
  }
  const since = new Date(start.getTime() - LOOKBACK_DAYS * 86_400_000);
  const packFor = packLoader(db);
  for (const id of dueDecisions(db, since, start, model.batchSize ?? DEFAULT_BATCH_SIZE)) {
    const now = clock();
    const day = budgetDay(now);
    const used = usageOn(db, day);
    if (used.requests >= settings.maxRequestsPerDay || used.tokens >= settings.maxTokensPerDay) {
      const what = used.requests >= settings.maxRequestsPerDay ? 'requests' : 'tokens';
      const message = `Today's budget of ${what} is spent (${used.requests} requests, ${used.tokens} tokens); the rest waits for tomorrow or a higher budget.`;
      return ended(db, { ...tally, stopped: 'budget', message }, now);
    }
    const decision = findDecision(db, id);
    if (!decision || !claim(db, id, now)) continue;
    const at = () => clock().toISOString();
    if (drawPercent(id) >= settings.ratePercent) {
      finish(db, id, { outcome: 'not-drawn' }, at());
      continue;
    }
    const caseData = caseForReview(db, deps.cases, decision, now);
    const pack = packFor(decision.guidanceVersion);
    if (!caseData) {
      finish(db, id, { outcome: 'no-text' }, at());
      continue;
    }
    if (!pack || pack.policies.length === 0) {
      // Nothing to judge against: an error, so a pack published later gets its retries.
      finish(db, id, { outcome: 'error', error: 'no guidance with policies' }, at());
      tally.errors += 1;
      continue;
    }
    addUsage(db, day, 1, 0);
    let tokens = 0;
    const outcome = await reviewOne({
      client,
      model,
      pack,
      caseData,
      decision,
      minConfidence: settings.minConfidence,
      onTokens: (n) => {
        tokens += n;
        addUsage(db, day, 0, n);
      },
    });
    finish(db, id, { ...outcome, tokens }, at());
    if (outcome.outcome === 'error') tally.errors += 1;
    else tally.reviewed += 1;
    if (outcome.outcome === 'flagged') {
      tally.flagged += 1;
      enterQaQueue(db, id, outcome.rationale ?? '', at());
    }
  }
  const message = `Reviewed ${tally.reviewed}: ${tally.flagged} flagged for QA, ${tally.errors} errors.`;
  return ended(db, { ...tally, stopped: 'done', message }, clock());
}

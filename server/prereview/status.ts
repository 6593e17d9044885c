import type { Database } from 'better-sqlite3';
import type { PreReviewStatus } from '../../utils/qa/prereview-schema';
import { outcomeCounts, precision } from '../db/prereview-figures';
import { budgetDay, currentPreReviewSettings, lastBatch, usageOn } from '../db/prereview-settings';
import type { Scope } from '../qa/scope';
import type { PreReviewModel } from './config';

/** What `GET /qa/prereview` answers: on or off and why, spend, counts and precision. */
export function preReviewStatus(
  db: Database,
  scope: Scope,
  model: PreReviewModel | undefined,
  now: Date,
): PreReviewStatus {
  const settings = currentPreReviewSettings(db);
  const day = budgetDay(now);
  const used = usageOn(db, day);
  const state = !model ? 'not-configured' : settings.enabled ? 'on' : 'off';
  const message = {
    'not-configured':
      'Pre-review is off: no model key is configured in the case API (CASELIGHT_PREREVIEW_API_KEY).',
    off: 'Pre-review is off: a lead turned it off.',
    on: `Pre-review is on: ${settings.ratePercent}% of live decisions, with ${model?.model ?? ''}.`,
  }[state];
  return {
    state,
    message,
    model: model?.model ?? null,
    settings,
    counts: outcomeCounts(db, scope),
    usage: {
      day,
      requests: used.requests,
      tokens: used.tokens,
      requestsLeft: Math.max(0, settings.maxRequestsPerDay - used.requests),
      tokensLeft: Math.max(0, settings.maxTokensPerDay - used.tokens),
    },
    lastRun: lastBatch(db),
    precision: precision(db, scope),
  };
}

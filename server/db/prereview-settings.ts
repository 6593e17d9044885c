import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  preReviewRunSchema,
  preReviewSettingsInputSchema,
  type PreReviewRun,
  type PreReviewSettings,
  type PreReviewSettingsValues,
} from '../../utils/qa/prereview-schema';
import { prepared } from './statements';
import { versionedSettings } from './versioned-settings';

/** Pre-review settings (versioned like the sampling rules), daily spend and the last batch. */

const settings = versionedSettings('prereview_settings', 'settings', preReviewSettingsInputSchema);

/** The current settings; before a lead set any, version 0 (on, every decision, default budget). */
export const currentPreReviewSettings = (db: Database): PreReviewSettings => settings.current(db);

export const insertPreReviewSettings = (
  db: Database,
  values: PreReviewSettingsValues,
  setBy: string,
  at: string,
): PreReviewSettings => settings.insert(db, values, setBy, at);

/** The UTC day a budget counts in. */
export const budgetDay = (at: Date): string => at.toISOString().slice(0, 10);

const usageRow = z.object({ requests: z.number(), tokens: z.number() });

export function usageOn(db: Database, day: string): { requests: number; tokens: number } {
  const raw = prepared(db, 'SELECT requests, tokens FROM prereview_usage WHERE day = ?').get(day);
  return raw === undefined ? { requests: 0, tokens: 0 } : usageRow.parse(raw);
}

/** Counts a request before it is sent (so a crash mid-call still counts) and tokens after. */
export function addUsage(db: Database, day: string, requests: number, tokens: number): void {
  prepared(
    db,
    `INSERT INTO prereview_usage (day, requests, tokens) VALUES (?, ?, ?)
     ON CONFLICT (day) DO UPDATE SET requests = requests + excluded.requests,
       tokens = tokens + excluded.tokens`,
  ).run(day, requests, tokens);
}

export function recordBatch(db: Database, run: PreReviewRun, at: string): void {
  prepared(
    db,
    `INSERT INTO prereview_batches (at, reviewed, flagged, errors, stopped, message)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(at, run.reviewed, run.flagged, run.errors, run.stopped, run.message);
}

export function lastBatch(db: Database): (PreReviewRun & { at: string }) | null {
  const raw = prepared(db, 'SELECT * FROM prereview_batches ORDER BY seq DESC LIMIT 1').get();
  if (raw === undefined) return null;
  const row = z.object({ at: z.string() }).passthrough().parse(raw);
  return { ...preReviewRunSchema.parse(row), at: row.at };
}

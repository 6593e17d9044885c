import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  samplingRulesInputSchema,
  scorecardCriterionSchema,
  type SamplingRules,
  type SamplingRulesSettings,
  type Scorecard,
} from '../../utils/qa/schema';
import { DEFAULT_SCORECARD } from '../../utils/qa/scorecard';
import { prepared } from './statements';
import { versionedSettings } from './versioned-settings';

/** Sampling rules and scorecards: every edit a new version; nothing is overwritten. */

const rules = versionedSettings('qa_rules', 'rules', samplingRulesInputSchema);

/** The current rules; before a lead set any, version 0 samples nothing. */
export const currentRules = (db: Database): SamplingRules => rules.current(db);

export const insertRules = (
  db: Database,
  values: SamplingRulesSettings,
  setBy: string,
  at: string,
): SamplingRules => rules.insert(db, values, setBy, at);

const cardRow = z.object({
  version: z.number(),
  criteria: z.string(),
  set_by: z.string(),
  set_at: z.string(),
});

const toCard = (raw: unknown): Scorecard => {
  const row = cardRow.parse(raw);
  const criteria = z.array(scorecardCriterionSchema).parse(JSON.parse(row.criteria));
  return { version: row.version, criteria, setBy: row.set_by, setAt: row.set_at };
};

/** A scorecard version, or the current one. Version 1 is the default until a lead edits it. */
export function findScorecard(db: Database, version?: number): Scorecard {
  const raw =
    version === undefined
      ? prepared(db, 'SELECT * FROM qa_scorecards ORDER BY version DESC LIMIT 1').get()
      : prepared(db, 'SELECT * FROM qa_scorecards WHERE version = ?').get(version);
  if (raw !== undefined) return toCard(raw);
  if (version !== undefined && version !== 1) throw new Error(`no scorecard version ${version}`);
  return insertScorecard(db, DEFAULT_SCORECARD.criteria, 'default', new Date(0).toISOString());
}

export function insertScorecard(
  db: Database,
  criteria: z.input<typeof scorecardCriterionSchema>[],
  setBy: string,
  at: string,
): Scorecard {
  const latest = prepared(db, 'SELECT MAX(version) FROM qa_scorecards').pluck().get();
  const version = typeof latest === 'number' ? latest + 1 : 1;
  const parsed = z.array(scorecardCriterionSchema).parse(criteria);
  prepared(
    db,
    'INSERT INTO qa_scorecards (version, criteria, set_by, set_at) VALUES (?, ?, ?, ?)',
  ).run(version, JSON.stringify(parsed), setBy, at);
  return findScorecard(db, version);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedbackFiltersSchema, type FeedbackFormat } from '../../../utils/feedback/schema';
import { purgeCaseText } from '../../db/write-console-cases';
import { storeDecisionInput } from '../inputs';
import { exportStream } from '../stream';
import { goldenDatabase } from './golden-history';

/**
 * The golden files were written by the export as it was before inputs were stored (it
 * redacted every case while exporting): storing them must not change a byte.
 */

const GOLDEN: Record<FeedbackFormat, string> = {
  eval: 'eval.jsonl',
  'openai-chat': 'openai-chat.jsonl',
  csv: 'export.csv',
};
const golden = (format: FeedbackFormat) =>
  readFileSync(join(import.meta.dirname, 'golden', GOLDEN[format]), 'utf8');

type Db = ReturnType<typeof goldenDatabase>;
const exported = (db: Db, format: FeedbackFormat) =>
  new Response(exportStream(db, feedbackFiltersSchema.parse({ format }))).text();
const storedInputs = (db: Db) =>
  Number(db.prepare('SELECT count(*) AS n FROM decision_inputs').pluck().get());
const liveIds = (db: Db) =>
  db.prepare("SELECT id FROM decisions WHERE mode = 'live' AND reverses IS NULL").pluck().all();

describe('feedback export, byte for byte', () => {
  it.each(Object.keys(GOLDEN) as FeedbackFormat[])(
    'writes %s as before when every input was stored at decision time',
    async (format) => {
      const db = goldenDatabase();
      for (const id of liveIds(db)) storeDecisionInput(db, String(id));
      expect(storedInputs(db)).toBe(30);
      expect(await exported(db, format)).toBe(golden(format));
    },
  );

  it('stores the inputs of older decisions on the first export, then reads them', async () => {
    const db = goldenDatabase();
    expect(storedInputs(db)).toBe(0);
    expect(await exported(db, 'eval')).toBe(golden('eval'));
    expect(storedInputs(db)).toBe(30);
    db.prepare("UPDATE console_cases SET items = '[]'").run();
    db.prepare('DELETE FROM case_items').run();
    expect(await exported(db, 'csv')).toBe(golden('csv'));
  });

  it("purges stored inputs with the snapshots' text, hosted cases' excepted", async () => {
    const db = goldenDatabase();
    await exported(db, 'eval');
    expect(purgeCaseText(db, new Date('2025-03-02T00:00:00.000Z'), true)).toBe(0);
    expect(storedInputs(db)).toBe(30);
    purgeCaseText(db, new Date('2025-03-02T00:00:00.000Z'), false);
    const hosted = db
      .prepare(
        `SELECT count(*) FROM decision_inputs di JOIN decisions d ON d.seq = di.decision_seq
         WHERE d.case_console = ''`,
      )
      .pluck()
      .get();
    expect(storedInputs(db)).toBe(hosted);
    expect(await exported(db, 'eval')).not.toContain('[EMAIL_1]');
  });
});

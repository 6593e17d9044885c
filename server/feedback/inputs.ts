import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { partySchema } from '../../utils/case/schema';
import { createRedactor } from '../../utils/redaction/redactor';
import { DEFAULT_REDACTION, type RedactionSettings } from '../../utils/redaction/settings';
import { prepared } from '../db/statements';

/**
 * A decision's input for the feedback export: its case's text, redacted, one line per message.
 * Stored in `decision_inputs` when the decision is recorded, so an export reads it instead of
 * redacting every case again (that was 70% of its time); decisions recorded before that table
 * existed get theirs on the first export that reads them.
 */

export const itemTextSchema = z.array(z.object({ role: z.string(), text: z.string() }));
export type ItemTexts = z.infer<typeof itemTextSchema>;
export type Party = z.infer<typeof partySchema>;

/** The case's text as SQL (over `d` decisions, `cc` console_cases): snapshot or hosted items. */
export const CASE_ITEMS_SQL = `CASE WHEN d.case_console = '' THEN
    (SELECT json_group_array(json_object('role', role, 'text', text))
       FROM (SELECT role, text FROM case_items WHERE case_id = d.case_id ORDER BY position))
    ELSE cc.items END`;
export const CASE_JOINS_SQL = `LEFT JOIN console_cases cc ON d.case_console <> ''
      AND cc.console = d.case_console AND cc.case_id = d.case_id
    LEFT JOIN cases hc ON d.case_console = '' AND hc.id = d.case_id`;

/** Redacted as live scoring redacts a case: one redactor over all its messages and parties. */
export function redactedInput(
  items: ItemTexts | undefined,
  parties: { reporter?: Party; reported?: Party },
  settings: RedactionSettings = DEFAULT_REDACTION,
): string | null {
  if (items === undefined || items.length === 0) return null;
  const redactor = createRedactor(parties, settings);
  const texts = redactor.redactAll(items.map((item) => item.text));
  return items.map((item, i) => `${item.role}: ${texts[i] ?? ''}`).join('\n');
}

export interface FreshInput {
  seq: number;
  input: string;
  expiresAt: string | null;
}

/** Keeps inputs just computed; a decision already holding one keeps its own. */
export function storeInputs(db: Database, inputs: readonly FreshInput[]): void {
  if (inputs.length === 0) return;
  const insert = prepared(
    db,
    `INSERT OR IGNORE INTO decision_inputs (decision_seq, input, expires_at)
     VALUES (@seq, @input, @expiresAt)`,
  );
  db.transaction(() => {
    for (const input of inputs) insert.run(input);
  })();
}

const caseTextSchema = z.object({
  seq: z.number(),
  items: z.string().nullable(),
  expires: z.string().nullable(),
  reporter: z.string().nullable(),
  reported: z.string().nullable(),
});

const party = (text: string | null) =>
  text === null ? undefined : partySchema.parse(JSON.parse(text));

/** At decision time: the text the reviewer decided on, redacted and kept (if there is any). */
export function storeDecisionInput(db: Database, decisionId: string): void {
  const raw = prepared(
    db,
    `SELECT d.seq, ${CASE_ITEMS_SQL} AS items, cc.items_expire_at AS expires,
       COALESCE(cc.reporter, hc.reporter) AS reporter,
       COALESCE(cc.reported, hc.reported) AS reported
     FROM decisions d ${CASE_JOINS_SQL} WHERE d.id = ?`,
  ).get(decisionId);
  if (raw === undefined) return;
  const row = caseTextSchema.parse(raw);
  if (row.items === null) return;
  const items = itemTextSchema.parse(JSON.parse(row.items));
  const input = redactedInput(items, {
    reporter: party(row.reporter),
    reported: party(row.reported),
  });
  if (input !== null) storeInputs(db, [{ seq: row.seq, input, expiresAt: row.expires }]);
}

import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { InvestigationNote } from '../../utils/investigations/schema';
import type { CaseRef } from '../cases/resolve-case';
import { prepared } from './statements';

/** Investigators' notes on a case's investigation: append-only (the migration's triggers). */

const noteRowSchema = z.object({
  id: z.number().int(),
  author_name: z.string(),
  text: z.string(),
  created_at: z.string(),
});
const toNote = (raw: unknown): InvestigationNote => {
  const row = noteRowSchema.parse(raw);
  return { id: row.id, authorName: row.author_name, text: row.text, createdAt: row.created_at };
};

export function addNote(
  db: Database,
  ref: CaseRef,
  author: { id: string; name: string },
  text: string,
  at: string,
): InvestigationNote {
  const row = prepared(
    db,
    `INSERT INTO investigation_notes (namespace, case_id, author_id, author_name, text, created_at)
     VALUES (?, ?, ?, ?, ?, ?) RETURNING id, author_name, text, created_at`,
  ).get(ref.namespace, ref.caseId, author.id, author.name, text, at);
  return toNote(row);
}

export function notesOf(db: Database, ref: CaseRef): InvestigationNote[] {
  return prepared(
    db,
    `SELECT id, author_name, text, created_at FROM investigation_notes
     WHERE namespace = ? AND case_id = ? ORDER BY id`,
  )
    .all(ref.namespace, ref.caseId)
    .map(toNote);
}

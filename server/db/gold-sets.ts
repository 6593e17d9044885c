import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  assignmentSchema,
  goldAnswerSchema,
  goldSetSummarySchema,
  passMarkSchema,
  type Assignment,
  type GoldAnswer,
  type GoldItem,
  type GoldSet,
  type GoldSetSummary,
  type PassMark,
} from '../../utils/training/schema';
import { storedCaseSchema, type StoredCase } from './cases';
import { prepared } from './statements';

/** Gold sets and their items: the copies of cases trainees work, and the answers. */

const setRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  pass_mark: z.string(),
  created_by: z.string(),
  created_at: z.string(),
});

const assignedRowSchema = z.object({ setId: z.string(), assignedAt: z.string() });

const itemRowSchema = z.object({
  case_id: z.string(),
  set_id: z.string(),
  position: z.number().int(),
  source_case_id: z.string().nullable(),
  answer: z.string(),
  content: z.string(),
});

export interface NewGoldItem {
  caseId: string;
  sourceCaseId?: string;
  answer: GoldAnswer;
  content: StoredCase;
}

export interface NewGoldSet {
  id: string;
  title: string;
  description: string;
  passMark: PassMark;
  createdBy: string;
  createdAt: string;
  items: NewGoldItem[];
}

export function insertGoldSet(db: Database, set: NewGoldSet): void {
  prepared(
    db,
    `INSERT INTO gold_sets (id, title, description, pass_mark, created_by, created_at)
     VALUES (@id, @title, @description, @passMark, @createdBy, @createdAt)`,
  ).run({ ...set, passMark: JSON.stringify(set.passMark) });
  const insertItem = prepared(
    db,
    `INSERT INTO gold_items (case_id, set_id, position, source_case_id, answer, content)
     VALUES (@caseId, @setId, @position, @sourceCaseId, @answer, @content)`,
  );
  set.items.forEach((item, position) =>
    insertItem.run({
      caseId: item.caseId,
      setId: set.id,
      position,
      sourceCaseId: item.sourceCaseId ?? null,
      answer: JSON.stringify(item.answer),
      content: JSON.stringify(item.content),
    }),
  );
}

function toItem(row: z.infer<typeof itemRowSchema>): GoldItem {
  const content = storedCaseSchema.parse(JSON.parse(row.content));
  return {
    ...goldAnswerSchema.parse(JSON.parse(row.answer)),
    caseId: row.case_id,
    position: row.position,
    subject: content.subject,
    sourceCaseId: row.source_case_id ?? undefined,
  };
}

export function listAssignments(db: Database, setId: string): Assignment[] {
  return prepared(
    db,
    `SELECT reviewer_id AS reviewerId, reviewer_name AS reviewerName, assigned_by AS assignedBy,
       assigned_at AS assignedAt FROM training_assignments WHERE set_id = ? ORDER BY assigned_at, reviewer_id`,
  )
    .all(setId)
    .map((row) => assignmentSchema.parse(row));
}

export function getGoldSet(db: Database, id: string): GoldSet | undefined {
  const raw = prepared(db, 'SELECT * FROM gold_sets WHERE id = ?').get(id);
  if (raw === undefined) return undefined;
  const row = setRowSchema.parse(raw);
  const items = prepared(db, 'SELECT * FROM gold_items WHERE set_id = ? ORDER BY position')
    .all(id)
    .map((item) => toItem(itemRowSchema.parse(item)));
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    passMark: passMarkSchema.parse(JSON.parse(row.pass_mark)),
    createdBy: row.created_by,
    createdAt: row.created_at,
    items,
    assignments: listAssignments(db, id),
  };
}

export function listGoldSets(db: Database): GoldSetSummary[] {
  const rows = prepared(
    db,
    `SELECT s.id, s.title, s.created_by AS createdBy, s.created_at AS createdAt,
       (SELECT COUNT(*) FROM gold_items i WHERE i.set_id = s.id) AS itemCount,
       (SELECT COUNT(*) FROM training_assignments a WHERE a.set_id = s.id) AS assigneeCount
     FROM gold_sets s ORDER BY s.created_at DESC, s.id`,
  ).all();
  return rows.map((row) => goldSetSummarySchema.parse(row));
}

/** A gold case by its id: the set it belongs to, its answer and its content. */
export interface GoldCase {
  setId: string;
  setTitle: string;
  item: GoldItem;
  content: StoredCase;
}

export function findGoldCase(db: Database, caseId: string): GoldCase | undefined {
  const raw = prepared(
    db,
    `SELECT i.*, s.title AS set_title FROM gold_items i JOIN gold_sets s ON s.id = i.set_id
     WHERE i.case_id = ?`,
  ).get(caseId);
  if (raw === undefined) return undefined;
  const row = itemRowSchema.extend({ set_title: z.string() }).parse(raw);
  const content = storedCaseSchema.parse(JSON.parse(row.content));
  return { setId: row.set_id, setTitle: row.set_title, item: toItem(row), content };
}

export function isGoldCase(db: Database, caseId: string): boolean {
  return prepared(db, 'SELECT 1 FROM gold_items WHERE case_id = ?').get(caseId) !== undefined;
}

/** Adds reviewers to a set; assigning someone twice keeps the first assignment. */
export function assignReviewers(
  db: Database,
  setId: string,
  reviewers: { id: string; name: string }[],
  by: string,
  at: string,
): void {
  const insert = prepared(
    db,
    `INSERT INTO training_assignments (set_id, reviewer_id, reviewer_name, assigned_by, assigned_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (set_id, reviewer_id) DO NOTHING`,
  );
  for (const reviewer of reviewers) insert.run(setId, reviewer.id, reviewer.name, by, at);
}

export function setsAssignedTo(
  db: Database,
  reviewerId: string,
): { setId: string; assignedAt: string }[] {
  return prepared(
    db,
    `SELECT set_id AS setId, assigned_at AS assignedAt FROM training_assignments
     WHERE reviewer_id = ? ORDER BY assigned_at, set_id`,
  )
    .all(reviewerId)
    .map((row) => assignedRowSchema.parse(row));
}

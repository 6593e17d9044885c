import { randomInt, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Me } from '../../utils/case-api/schema';
import type { goldSetInputSchema } from '../../utils/training/schema';
import type { z } from 'zod';
import { caseExists, getStoredCase, type StoredCase } from '../db/cases';
import { findGoldCase, insertGoldSet, isGoldCase, type NewGoldItem } from '../db/gold-sets';

type GoldSetInput = z.infer<typeof goldSetInputSchema>;

export type CreateResult = { ok: true; setId: string } | { ok: false; message: string };

/**
 * A fresh id in the live cases' style, so a gold case slipped into a reviewer's live queue
 * (calibration) does not give itself away by its id.
 */
function mintCaseId(db: Database, taken: Set<string>): string {
  for (;;) {
    const id = `C-${randomInt(200_000, 1_000_000)}`;
    if (!taken.has(id) && !caseExists(db, id) && !isGoldCase(db, id)) return id;
  }
}

/** The content to copy: a live case, or another gold case (a set built from an older set). */
function sourceContent(db: Database, caseId: string): StoredCase | undefined {
  return getStoredCase(db, caseId) ?? findGoldCase(db, caseId)?.content;
}

/**
 * Creates a gold set: each item's case is copied under a new id and marked open, as a case
 * waiting in a queue is (a "closed" badge would hint that someone already decided it).
 */
export function createGoldSet(db: Database, input: GoldSetInput, me: Me, now: Date): CreateResult {
  const taken = new Set<string>();
  const items: NewGoldItem[] = [];
  for (const [index, { source, ...answer }] of input.items.entries()) {
    const fromApi = source.kind === 'case-api';
    const content = fromApi ? sourceContent(db, source.caseId) : { id: '', ...source.case };
    if (content === undefined) {
      const missing = fromApi ? source.caseId : '';
      return { ok: false, message: `items.${index}.source.caseId: No case with id ${missing}.` };
    }
    const caseId = mintCaseId(db, taken);
    taken.add(caseId);
    items.push({
      caseId,
      sourceCaseId: fromApi ? source.caseId : source.case.id,
      answer,
      content: { ...content, id: caseId, status: content.status && 'open' },
    });
  }
  const setId = `gs-${randomUUID().slice(0, 8)}`;
  db.transaction(() =>
    insertGoldSet(db, {
      id: setId,
      title: input.title,
      description: input.description,
      passMark: input.passMark,
      createdBy: me.name,
      createdAt: now.toISOString(),
      items,
    }),
  ).immediate();
  return { ok: true, setId };
}

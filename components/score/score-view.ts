import type { Assessment, SignalHit } from '../../utils/assessment/schema';
import type { Case } from '../../utils/case/schema';
import type { SuggestionSnapshot } from '../../utils/decisions/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import { MODERATION_CATEGORIES, type ModerationCategory } from '../../utils/models/category-names';
import { CATEGORY_FLOOR } from '../../utils/assessment/panel-view';
import { suggestionUntrusted } from '../../utils/assessment/untrusted';

/**
 * Pure view helpers for the score section. Types only from the schemas: the panel must paint
 * without loading zod, and the background has already validated what it stored.
 */

export interface CategoryRow {
  category: ModerationCategory;
  score: number | undefined;
  /** The lowest threshold any policy sets for the category: where the rules start to act. */
  threshold: { value: number; policyTitle: string } | undefined;
  itemIds: string[];
}

export function thresholdOf(pack: GuidancePack | undefined, category: ModerationCategory) {
  let best: CategoryRow['threshold'];
  for (const policy of pack?.policies ?? []) {
    const value = policy.thresholds[category];
    if (value !== undefined && (!best || value < best.value))
      best = { value, policyTitle: policy.title };
  }
  return best;
}

/** Every category, highest score first; unscored ones last, never guessed as 0. */
export function categoryRows(a: Assessment, pack: GuidancePack | undefined): CategoryRow[] {
  return MODERATION_CATEGORIES.map((category) => ({
    category,
    score: a.categories[category]?.score,
    threshold: thresholdOf(pack, category),
    itemIds: a.categories[category]?.itemIds ?? [],
  })).toSorted((x, y) => (y.score ?? -1) - (x.score ?? -1));
}

export const aboveFloor = (row: CategoryRow) => (row.score ?? 0) >= CATEGORY_FLOOR;

export type RiskLevel = 'unknown' | 'low' | 'medium' | 'high';

/** High once any category reaches a policy threshold; medium while the rules are unsure. */
export function overallLevel(rows: CategoryRow[], a: Assessment): RiskLevel {
  if (rows.every((r) => r.score === undefined)) return a.signalHits.length ? 'medium' : 'unknown';
  if (rows.some((r) => r.threshold && r.score !== undefined && r.score >= r.threshold.value))
    return 'high';
  return a.uncertain || a.signalHits.length ? 'medium' : 'low';
}

export interface RiskyItem {
  itemId: string;
  author: string;
  excerpt: string;
  top: { category: ModerationCategory; score: number }[];
}

export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The items with the highest single score, each with its top three categories. */
export function riskyItems(a: Assessment, c: Case, limit = 3): RiskyItem[] {
  // One pass for each message's highest score; excerpts and category rankings only for the
  // few shown (a case can have hundreds of scored messages).
  const scored: { item: Case['items'][number]; max: number }[] = [];
  for (const item of c.items) {
    const scores = a.itemScores[item.id];
    if (!scores) continue;
    const max = Math.max(...Object.values(scores).map((score) => score ?? 0));
    if (max >= CATEGORY_FLOOR) scored.push({ item, max });
  }
  return scored
    .toSorted((x, y) => y.max - x.max)
    .slice(0, limit)
    .map(({ item }) => ({
      itemId: item.id,
      author: item.author,
      excerpt: excerpt(item.text),
      top: (Object.entries(a.itemScores[item.id] ?? {}) as [ModerationCategory, number][])
        .map(([category, score]) => ({ category, score }))
        // Below the floor a category is noise: listed, it would read "hate 0%".
        .filter(({ score }) => score >= CATEGORY_FLOOR)
        .toSorted((x, y) => y.score - x.score)
        .slice(0, 3),
    }));
}

/** The hit's span in context, so the reviewer sees what matched and where. */
export function hitContext(hit: SignalHit, c: Case, around = 40) {
  const text = c.items.find((i) => i.id === hit.itemId)?.text ?? '';
  const inText = text.slice(hit.start, hit.end) === hit.text;
  if (!inText) return { before: '', match: hit.text, after: '' };
  const before = text.slice(Math.max(0, hit.start - around), hit.start);
  const after = text.slice(hit.end, hit.end + around);
  const more = hit.end + around < text.length ? '…' : '';
  return { before: (hit.start > around ? '…' : '') + before, match: hit.text, after: after + more };
}

/** What the decision records about the suggestion: compact, with the scores behind it. */
export function suggestionSnapshot(a: Assessment): SuggestionSnapshot | undefined {
  const s = a.suggestion;
  if (!s) return undefined;
  const scores: SuggestionSnapshot['scores'] = {};
  for (const [category, overall] of Object.entries(a.categories) as [
    ModerationCategory,
    { score: number },
  ][])
    if (overall.score >= CATEGORY_FLOOR) scores[category] = overall.score;
  const model =
    s.source === 'rules' ? a.provenance.moderation?.model : a.provenance.policyLlm?.model;
  return {
    action: s.actionId,
    policyIds: s.policyIds.slice(0, 20),
    confidence: s.confidence,
    source: s.source,
    scores,
    ...(model ? { model: model.slice(0, 100) } : {}),
    ...(suggestionUntrusted(a) ? { untrusted: true } : {}),
  };
}

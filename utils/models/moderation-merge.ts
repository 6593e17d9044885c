import type { Assessment, CategoryScores } from '../assessment/schema';
import { MODERATION_CATEGORIES } from './categories';

/**
 * Folds per-input scores into per-item, per-image and per-category views. An item's score is
 * the highest of its text parts and images: the panel asks "how bad is this message at worst".
 */

/** Items within this share of the top score also "drive" the category… */
const DRIVER_RATIO = 0.5;
/** …if they are above noise; the top item always does. */
const DRIVER_FLOOR = 0.1;
const MAX_DRIVERS = 5;

export interface ScoredInput {
  itemId: string;
  mediaId?: string;
  scores: CategoryScores;
}

type Merged = Pick<Assessment, 'itemScores' | 'mediaScores' | 'categories'>;

function maxInto(target: CategoryScores, scores: CategoryScores): void {
  for (const category of MODERATION_CATEGORIES) {
    const value = scores[category];
    if (value !== undefined && value > (target[category] ?? -1)) target[category] = value;
  }
}

export function mergeScores(inputs: readonly ScoredInput[]): Merged {
  const itemScores: Merged['itemScores'] = {};
  const mediaScores: Merged['mediaScores'] = {};
  for (const input of inputs) {
    maxInto((itemScores[input.itemId] ??= {}), input.scores);
    if (input.mediaId) mediaScores[input.mediaId] = { itemId: input.itemId, scores: input.scores };
  }
  const categories: Merged['categories'] = {};
  for (const category of MODERATION_CATEGORIES) {
    const ranked = Object.entries(itemScores)
      .flatMap(([itemId, s]) => (s[category] === undefined ? [] : [{ itemId, score: s[category] }]))
      .toSorted((a, b) => b.score - a.score);
    const top = ranked[0];
    if (!top) continue;
    const bar = Math.max(DRIVER_FLOOR, top.score * DRIVER_RATIO);
    const drivers = ranked.filter((r, i) => i === 0 || r.score >= bar).slice(0, MAX_DRIVERS);
    categories[category] = { score: top.score, itemIds: drivers.map((d) => d.itemId) };
  }
  return { itemScores, mediaScores, categories };
}

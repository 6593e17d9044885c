import type { Assessment } from './schema';

/** Scores below this are noise: the panel lists no message and draws no bar for them. */
export const CATEGORY_FLOOR = 0.05;

/**
 * The assessment as the tab's panels get it: per-message scores only for the messages the
 * panel can show (some category at or above the floor, or flagged as trying to instruct the
 * model). A long, harmless thread otherwise carries hundreds of KB of near-zero scores through
 * `storage.session` to every panel, on the path from the model's answer to the scores on
 * screen. The cache keeps the whole assessment.
 */
export function forPanel(a: Assessment): Assessment {
  const injected = new Set(a.injectionSuspected);
  const itemScores = Object.fromEntries(
    Object.entries(a.itemScores).filter(
      ([itemId, scores]) =>
        injected.has(itemId) ||
        Object.values(scores).some((score) => score !== undefined && score >= CATEGORY_FLOOR),
    ),
  );
  return { ...a, itemScores };
}

/**
 * User Timing marks for figures that cross contexts (the background's model answer, the panel's
 * render): `npm run bench` reads them from each context's timeline and pairs them by content
 * hash, so production code needs no benchmark hooks.
 */
export const MODEL_RESPONSE_MARK = 'caselight:model-response';
export const SCORES_SHOWN_MARK = 'caselight:scores-shown';

export interface ScoreMarkDetail {
  caseId: string;
  contentHash: string;
  cached?: boolean;
}

/** A long-lived service worker or side panel must not grow its timeline without bound. */
const KEEP = 200;

export function markTiming(name: string, detail: ScoreMarkDetail): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length >= KEEP) performance.clearMarks(name);
  performance.mark(name, { detail });
}

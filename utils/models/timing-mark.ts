/**
 * User Timing marks for figures that cross contexts (the background's model answer, the panel's
 * render): `npm run bench` reads them from each context's timeline and pairs them by content
 * hash, so production code needs no benchmark hooks.
 */
export const MODEL_RESPONSE_MARK = 'caselight:model-response';
export const SCORES_SHOWN_MARK = 'caselight:scores-shown';
export const CASE_SHOWN_MARK = 'caselight:case-shown';
/** The same moments once the browser has painted them (see `markAfterPaint`). */
export const SCORES_PAINTED_MARK = 'caselight:scores-painted';
export const CASE_PAINTED_MARK = 'caselight:case-painted';
/** A measure, not a mark: one signal's matching time over one case, in the background. */
export const SIGNAL_MATCH_MEASURE = 'caselight:signal-match';

export interface ScoreMarkDetail {
  caseId: string;
  contentHash: string;
  cached?: boolean;
}

export type MarkDetail = ScoreMarkDetail | { caseId: string };

/** A long-lived service worker or side panel must not grow its timeline without bound. */
const KEEP = 200;

export function markTiming(name: string, detail: MarkDetail): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length >= KEEP) performance.clearMarks(name);
  performance.mark(name, { detail });
}

/** A span of work just finished (`ms` long), for figures measured where the work runs. */
export function measureTiming(
  name: string,
  ms: number,
  detail: { caseId: string; signalId: string },
): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  if (performance.getEntriesByName(name, 'measure').length >= KEEP) performance.clearMeasures(name);
  performance.measure(name, { end: performance.now(), duration: ms, detail });
}

/**
 * Marks once the frame showing what was just committed has been painted: a task posted from
 * the frame's animation callback runs after that frame's style, layout and paint. Call it
 * right after the commit (a layout effect): React's passive effects, where the "shown" marks
 * are made, often run before the browser has painted anything.
 */
export function markAfterPaint(name: string, detail: MarkDetail): void {
  if (typeof requestAnimationFrame !== 'function') return markTiming(name, detail);
  requestAnimationFrame(() => {
    // A message, not setTimeout: timers queue behind other work, a posted message does not.
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => {
      channel.port1.close();
      markTiming(name, detail);
    });
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}

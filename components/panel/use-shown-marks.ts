import { useEffect, useLayoutEffect } from 'react';
import { markAfterPaint, markTiming, type MarkDetail } from '../../utils/models/timing-mark';

/**
 * Marks what this render shows, twice: `shown` once React has committed it and run effects
 * (the benches' figures since they began), `painted` once the browser has painted the frame
 * (what the reviewer sees, a frame or so later). `detail` undefined: nothing to mark yet.
 * `shownKey` changes exactly when there is something new to mark.
 */
export function useShownMarks(
  names: { shown: string; painted: string },
  detail: MarkDetail | undefined,
  shownKey: unknown,
): void {
  useLayoutEffect(() => {
    if (detail) markAfterPaint(names.painted, detail);
  }, [shownKey]);
  useEffect(() => {
    if (detail) markTiming(names.shown, detail);
  }, [shownKey]);
}

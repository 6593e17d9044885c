import { useEffect, useLayoutEffect } from 'react';
import { markAfterPaint, markTiming, type MarkDetail } from '../../utils/models/timing-mark';

/**
 * Marks what this render shows, twice: `shown` once React has committed it and run effects
 * (the benches' figures since they began), `painted` once the browser has painted the frame
 * (what the reviewer sees, a frame or so later). Marked again only when `detail` says
 * something new; undefined: nothing to mark yet.
 */
export function useShownMarks(shown: string, painted: string, detail: MarkDetail | undefined) {
  // By value: a parent re-rendering hands a new but equal object, which is nothing new.
  const said = detail && JSON.stringify(detail);
  useLayoutEffect(() => {
    if (said) markAfterPaint(painted, JSON.parse(said) as MarkDetail);
  }, [painted, said]);
  useEffect(() => {
    if (said) markTiming(shown, JSON.parse(said) as MarkDetail);
  }, [shown, said]);
}

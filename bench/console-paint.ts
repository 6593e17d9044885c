import type { Page } from 'playwright-core';

/**
 * When the console painted its own content, in ms from its navigation: its first contentful
 * paint, and the paint of its case view. The demo console marks its case heading with
 * `elementtiming="case-view"` (Element Timing), so the browser itself reports when that text
 * reached the screen; a console without the attribute reports its first contentful paint only.
 */
export interface ConsolePaint {
  firstContentfulPaint?: number;
  caseView?: number;
}

/** Collects paint entries from the page's start (main world, before any of its scripts). */
export const OBSERVE_CONSOLE_PAINT = `(() => {
  const seen = (window.caselightConsolePaint = {});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-contentful-paint') seen.firstContentfulPaint = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.identifier === 'case-view') seen.caseView ??= e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
})();`;

export async function consolePaintOf(page: Page): Promise<ConsolePaint> {
  return (await page.evaluate('window.caselightConsolePaint')) as ConsolePaint;
}

/** Median of `with` minus median of `without` over the defined values, or NaN if none. */
export function medianDelay(
  withExtension: (number | undefined)[],
  without: (number | undefined)[],
  median: (values: number[]) => number,
): number {
  const a = withExtension.filter((v): v is number => v !== undefined);
  const b = without.filter((v): v is number => v !== undefined);
  return a.length && b.length ? median(a) - median(b) : Number.NaN;
}

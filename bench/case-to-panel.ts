import type { Page } from 'playwright-core';
import type { Harness } from '../e2e/harness';
import { CASE_SHOWN_MARK } from '../utils/models/timing-mark';
import { probePanel } from './panel-marks';

/** Records, in the console page, the wall-clock time the case view entered the DOM. */
export const RECORD_CASE_IN_DOM = `(() => {
  const seen = () => document.querySelector('.case-view[data-case-id]');
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    window.caselightCaseInDomAt = performance.timeOrigin + performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();`;

/**
 * From the case being in the DOM to the panel showing its id, over `loads` full page loads.
 * `fromNavigation`, if given, gets for each load the time from the navigation's start instead:
 * when the reviewer has the panel, however the console's own paint moved.
 */
export async function measureCaseToPanel(
  h: Harness,
  caseIds: string[],
  loads = 20,
  fromNavigation?: number[],
): Promise<number[]> {
  const page: Page = await h.context.newPage();
  await page.addInitScript(RECORD_CASE_IN_DOM);
  const samples: number[] = [];
  for (let i = 0; i < loads; i++) {
    const caseId = caseIds[i % caseIds.length]!;
    await page.goto(h.consoleUrl(`/console/cases/${caseId}`));
    const panel = await probePanel(h.context, await h.panelFrame(page));
    const shown = (await panel.mark({ name: CASE_SHOWN_MARK, caseId }, 15_000)).at;
    await panel.close();
    const [inDom, navigated] = await page.evaluate(() => [
      (window as unknown as { caselightCaseInDomAt: number }).caselightCaseInDomAt,
      performance.timeOrigin,
    ]);
    samples.push(shown - inDom!);
    fromNavigation?.push(shown - navigated!);
  }
  await page.close();
  return samples;
}

export function percentile(values: number[], p: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

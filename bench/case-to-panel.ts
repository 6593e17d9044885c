import type { Frame, Page } from 'playwright-core';
import type { Harness } from '../e2e/harness';

/** Records, in the console page, the wall-clock time the case view entered the DOM. */
const RECORD_CASE_IN_DOM = `(() => {
  const seen = () => document.querySelector('.case-view[data-case-id]');
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    window.caselightCaseInDomAt = performance.timeOrigin + performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Waits for the panel's User Timing mark without polling (polling would steal the CPU). */
async function shownAt(panel: Frame, caseId: string): Promise<number> {
  return panel.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`The panel never showed ${id}`)), 15_000);
        new PerformanceObserver((list, observer) => {
          const mark = list
            .getEntriesByName('caselight:case-shown')
            .find((m) => (m as PerformanceMark).detail?.caseId === id);
          if (!mark) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.timeOrigin + mark.startTime);
        }).observe({ type: 'mark', buffered: true });
      }),
    caseId,
  );
}

/** From the case being in the DOM to the panel showing its id, over `loads` full page loads. */
export async function measureCaseToPanel(
  h: Harness,
  caseIds: string[],
  loads = 20,
): Promise<number[]> {
  const page: Page = await h.context.newPage();
  await page.addInitScript(RECORD_CASE_IN_DOM);
  const samples: number[] = [];
  for (let i = 0; i < loads; i++) {
    const caseId = caseIds[i % caseIds.length]!;
    await page.goto(h.consoleUrl(`/console/cases/${caseId}`));
    const panel = await h.panelFrame(page);
    const shown = await shownAt(panel, caseId);
    const inDom = (await page.evaluate(
      () => (window as unknown as { caselightCaseInDomAt: number }).caselightCaseInDomAt,
    )) as number;
    samples.push(shown - inDom);
  }
  await page.close();
  return samples;
}

export function percentile(values: number[], p: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/browser';
import { startCaseApi } from '../server';
import { DOCK_DEFAULTS } from '../utils/dock/layout';
import { CASE_SHOWN_MARK } from '../utils/models/timing-mark';
import { percentile } from './case-to-panel';
import { medianDelay } from './console-paint';
import { loadOnce, type LoadFigures, type LoadMode } from './page-load-once';
import { probePanel } from './panel-marks';

type ChromeGlobal = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
const median = (values: number[]) => percentile(values, 50);
const ms = (n: number) => n.toFixed(1);
const figure = (key: string, value: number, goal: string): Figure => ({
  key,
  value: Math.round(value * 10) / 10,
  unit: 'ms',
  goal,
});
type Pick = (f: LoadFigures) => number | undefined;
const busy: Pick = (f) => f.busy;
const fcp: Pick = (f) => f.paint.firstContentfulPaint;
const caseView: Pick = (f) => f.paint.caseView;

/** One row of `npm run bench` (the shape `bench/run.ts` prints). */
export interface Figure {
  key: string;
  value: number;
  unit: string;
  goal: string;
}

/** The same Chromium as `launchWithExtension`, same flags, without the extension. */
export function launchPlain(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'caselight-plain-')), {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/** Resolves when the docked panel shows `caseId` (its User Timing mark), in its own process. */
export async function panelShows(page: Page, caseId: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let panel = page.frames().find((f) => f.url().includes('/panel.html'));
  while (!panel) {
    if (Date.now() > deadline) throw new Error('The Caselight panel never appeared');
    await page.waitForTimeout(20);
    panel = page.frames().find((f) => f.url().includes('/panel.html'));
  }
  const probe = await probePanel(page.context(), panel);
  await probe.mark({ name: CASE_SHOWN_MARK, caseId }, 60_000).finally(() => probe.close());
}

/** Waits, without polling, until the console has rendered the case. */
export function caseRendered(page: Page, caseId: string): Promise<void> {
  return page.evaluate(
    (id) =>
      new Promise<void>((resolve) => {
        const selector = `.case-view[data-case-id="${CSS.escape(id)}"]`;
        if (document.querySelector(selector)) return resolve();
        new MutationObserver((_, observer) => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          resolve();
        }).observe(document, { childList: true, subtree: true });
      }),
    caseId,
  );
}

/**
 * What Caselight costs a console page load, against the same Chromium without it, loads
 * alternating between the three browsers so drift in machine load hits all alike:
 * - main-thread time added: thread time of the page's top-level tasks in a trace, from its
 *   navigation until settled, with the panel docked and with it in the browser's side panel.
 *   A trace, not `Performance.getMetrics` TaskDuration: that is wall time, which on a shared
 *   machine is mostly the wait for a core, and it cannot show what the extension's own part was;
 * - how much later the console's own content is painted (its case view, see `console-paint.ts`);
 * - the longest main-thread task of ours (see `longestOwnTaskMs`).
 * `extensionDir`: another build to measure (the one in `.output` by default).
 */
export async function pageLoadFigures(loads = 20, extensionDir?: string): Promise<Figure[]> {
  const api = await startCaseApi({ demo: true, port: 0 });
  const docked = await launchWithExtension({ extensionDir });
  const side = await launchWithExtension({ extensionDir });
  await side.worker.evaluate(
    (items) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set(items),
    { dockLayout: { ...DOCK_DEFAULTS, placement: 'side-panel' } },
  );
  const plain = await launchPlain();
  const url = `${api.url}/console/cases/C-1001`;
  const runs: Record<LoadMode, LoadFigures[]> = { plain: [], docked: [], 'side-panel': [] };
  const contexts: Record<LoadMode, BrowserContext> = {
    plain,
    docked: docked.context,
    'side-panel': side.context,
  };
  const modes = Object.keys(runs) as LoadMode[];
  try {
    for (let i = 0; i < loads; i++) {
      for (const mode of [...modes.slice(i % 3), ...modes.slice(0, i % 3)])
        runs[mode].push(await loadOnce(contexts[mode], { url, caseId: 'C-1001', mode }));
    }
  } finally {
    await Promise.all([docked.context.close(), side.context.close(), plain.close()]);
    await api.close();
  }
  const values = (mode: LoadMode, pick: Pick) => runs[mode].map(pick);
  const withoutUs = (mode: LoadMode, pick: Pick) =>
    medianDelay(values(mode, pick), values('plain', pick), median);
  const longest = values('docked', (f) => f.longestOwn) as number[];
  const [inDock, inSide, alone] = (['docked', 'side-panel', 'plain'] as const).map((mode) =>
    ms(median(values(mode, busy) as number[])),
  );
  const script = median(values('docked', (f) => f.script) as number[]);
  console.error(
    `page-load (medians of ${loads}): main thread ${inDock} ms docked, ${inSide} side panel, ` +
      `${alone} without; content-script JS ${ms(script)} ms; first contentful paint later by ` +
      `${ms(withoutUs('docked', fcp))} ms docked, ${ms(withoutUs('side-panel', fcp))} side panel; ` +
      `case view later by ${ms(withoutUs('side-panel', caseView))} side panel; ` +
      `longest own task at most ${ms(Math.max(...longest))} ms`,
  );
  return [
    figure('console_paint_delay_ms', withoutUs('docked', caseView), '≤ 5'),
    figure('page_load_added_main_thread_ms', withoutUs('docked', busy), '≤ 25'),
    figure('page_load_added_main_thread_sidepanel_ms', withoutUs('side-panel', busy), '≤ 10'),
    figure('longest_task_ours_ms', median(longest), '< 50'),
  ];
}

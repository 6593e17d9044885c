import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/browser';
import { startCaseApi } from '../server';
import { CASE_SHOWN_MARK } from '../utils/models/timing-mark';
import { percentile } from './case-to-panel';
import { probePanel } from './panel-marks';

/** One row of `npm run bench` (the shape `bench/run.ts` prints). */
export interface Figure {
  key: string;
  value: number;
  unit: string;
  goal: string;
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time; wall time `dur` also counts the thread waiting for a busy core. */
  tdur?: number;
  args?: { data?: { url?: string; documentLoaderURL?: string } };
}

/** The page's main thread in a trace, from its navigation on. */
export interface PageThread {
  pid: number;
  tid: number;
  start: number;
}

// RunTask (top-level tasks), FunctionCall/EvaluateScript with script URLs, navigationStart.
const CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
];

/**
 * Records a Chromium trace (all processes) while `action` runs. A task still running when the
 * trace stops comes as an unpaired begin event: it is closed at the trace's last timestamp.
 */
export async function recordTrace(cdp: CDPSession, action: () => Promise<void>) {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  const open = new Map<string, TraceEvent[]>();
  let last = 0;
  for (const e of events.toSorted((a, b) => a.ts - b.ts)) {
    last = Math.max(last, e.ts + (e.dur ?? 0));
    const stack = open.get(`${e.pid}:${e.tid}`) ?? [];
    open.set(`${e.pid}:${e.tid}`, stack);
    if (e.ph === 'B') stack.push(e);
    const begun = e.ph === 'E' ? stack.pop() : undefined;
    if (begun) Object.assign(begun, { ph: 'X', dur: e.ts - begun.ts });
  }
  for (const e of [...open.values()].flat()) Object.assign(e, { ph: 'X', dur: last - e.ts });
  return events;
}

export function pageThread(events: TraceEvent[], url: string): PageThread {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
  );
  if (!nav) throw new Error(`No navigation to ${url} in the trace`);
  return { pid: nav.pid, tid: nav.tid, start: nav.ts };
}

const median = (values: number[]) => percentile(values, 50);
const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Top-level tasks of the page's main thread since its navigation started. */
export function mainThreadTasks(events: TraceEvent[], thread: PageThread): TraceEvent[] {
  let coveredUntil = -1;
  return events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.ts >= thread.start,
    )
    .toSorted((a, b) => a.ts - b.ts)
    .filter((task) => {
      // A nested run loop (rare) would count its tasks twice.
      if (task.ts < coveredUntil) return false;
      coveredUntil = task.ts + (task.dur ?? 0);
      return true;
    });
}

/**
 * Thread time (ms) of script from `origin` (the extension) inside `task`, and how many calls:
 * outermost FunctionCall (observer, timer and event callbacks) and EvaluateScript events,
 * whatever they trigger included (GC, style). Promise continuations carry no script URL in a
 * trace, so they are not counted.
 */
export function scriptTimeIn(events: TraceEvent[], task: TraceEvent, origin: string) {
  let ms = 0;
  let calls = 0;
  let coveredUntil = -1;
  const end = task.ts + (task.dur ?? 0);
  const inTask = events
    .filter(
      (e) =>
        (e.name === 'FunctionCall' || e.name === 'EvaluateScript') &&
        e.ph === 'X' &&
        e.pid === task.pid &&
        e.tid === task.tid &&
        e.ts >= task.ts &&
        e.ts < end,
    )
    .toSorted((a, b) => a.ts - b.ts);
  for (const call of inTask) {
    if (call.ts < coveredUntil || !call.args?.data?.url?.startsWith(origin)) continue;
    ms += cpu(call);
    calls++;
    coveredUntil = call.ts + (call.dur ?? 0);
  }
  return { ms, calls };
}

export const busyMs = (tasks: TraceEvent[]) => tasks.reduce((sum, t) => sum + cpu(t), 0);

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

/** After the case (and, with the extension, the panel) is shown: time for trailing work. */
const SETTLE_MS = 1000;

/** Main-thread thread time of one full load of the case page, from navigation to settled. */
async function loadOnce(context: BrowserContext, url: string, caseId: string, docked: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = await recordTrace(cdp, async () => {
    await page.goto(url);
    await caseRendered(page, caseId);
    if (docked) await panelShows(page, caseId);
    await page.waitForTimeout(SETTLE_MS);
  });
  await page.close();
  const thread = pageThread(events, url);
  const tasks = mainThreadTasks(events, thread);
  const script = tasks.reduce(
    (sum, t) => sum + scriptTimeIn(events, t, 'chrome-extension://').ms,
    0,
  );
  return { busy: busyMs(tasks), script };
}

/**
 * What the content script adds to a console page load: the page's main-thread busy time
 * (thread time of its top-level tasks in a trace) with the extension, minus without it.
 * Loads alternate between the two browsers so drift in machine load hits both alike. A trace,
 * not `Performance.getMetrics` TaskDuration: that is wall time, which on a shared machine is
 * mostly the wait for a core, and it cannot show what the extension's own part was.
 */
export async function pageLoadFigures(loads = 10): Promise<Figure[]> {
  const api = await startCaseApi({ demo: true, port: 0 });
  const docked = await launchWithExtension();
  const plain = await launchPlain();
  const url = `${api.url}/console/cases/C-1001`;
  const withExtension: number[] = [];
  const without: number[] = [];
  const script: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const first = i % 2 === 0;
      if (!first) without.push((await loadOnce(plain, url, 'C-1001', false)).busy);
      const load = await loadOnce(docked.context, url, 'C-1001', true);
      withExtension.push(load.busy);
      script.push(load.script);
      if (first) without.push((await loadOnce(plain, url, 'C-1001', false)).busy);
    }
  } finally {
    await Promise.all([docked.context.close(), plain.close()]);
    await api.close();
  }
  const added = median(withExtension) - median(without);
  console.error(
    `page-load: main thread ${median(withExtension).toFixed(1)} ms with, ${median(without).toFixed(1)} ms without the extension; content-script JS ${median(script).toFixed(1)} ms (medians of ${loads})`,
  );
  return [
    {
      key: 'page_load_added_main_thread_ms',
      value: Math.round(added * 10) / 10,
      unit: 'ms',
      goal: '≤ 10',
    },
  ];
}

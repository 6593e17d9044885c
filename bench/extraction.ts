import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/browser';
import { startCaseApi, type StartedServer } from '../server';
import { putCases } from '../server/db/write-cases';
import {
  declarativeAdapterSchema,
  type DeclarativeAdapter,
} from '../utils/case/declarative/schema';
import { MAX_ITEMS_READ } from '../utils/case/limits';
import { percentile } from './case-to-panel';
import { benchCase } from './extraction-cases';
import { caseRendered, launchPlain, type Figure, panelShows } from './page-load';
import { mainThreadTasks, pageThread, recordTrace, scriptTimeIn } from './page-trace';

const DECLARATIVE = declarativeAdapterSchema.parse({
  format: 'caselight-adapter/1',
  id: 'bench-demo-console',
  name: 'Demo console (declarative, bench)',
  matches: ['http://127.0.0.1/*'],
  casePageUrl: '/console/cases/[^/]+$',
  ready: '.case-view[data-case-id]',
  caseId: { from: 'page', selector: '.case-view[data-case-id]', attribute: 'data-case-id' },
  subject: { selector: '.case-subject' },
  status: { selector: '[data-field="status"]' },
  queue: { selector: '[data-field="queue"]' },
  priority: { selector: '[data-field="priority"]' },
  createdAt: { selector: '[data-field="created"]', attribute: 'datetime' },
  slaDueAt: { selector: '[data-field="sla"]', attribute: 'datetime' },
  reporter: {
    name: { selector: '.party[data-party="reporter"] .party-name' },
    handle: { selector: '.party[data-party="reporter"] .party-handle' },
    id: { selector: '.party[data-party="reporter"] .party-id' },
  },
  reported: {
    name: { selector: '.party[data-party="reported"] .party-name' },
    id: { selector: '.party[data-party="reported"] .party-id' },
  },
  items: {
    selector: '.thread > .message',
    id: { selector: ':scope', attribute: 'data-message-id' },
    author: { selector: '.message-author' },
    role: { selector: ':scope', attribute: 'data-role' },
    time: { selector: '.message-head time', attribute: 'datetime' },
    text: { selector: '.message-body' },
    media: { selector: '.attachment img' },
  },
});

/** The extension's own extraction code, bundled for the page the way the content script has it. */
async function extractionBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "export { findAdapter } from './utils/case/adapters/index.ts';",
        "export { extractChecked } from './utils/case/self-check.ts';",
        "export { toAdapter } from './utils/case/declarative/to-adapter.ts';",
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'caselightBench',
    minify: true,
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

/** What the bundle puts on `window.caselightBench`. */
type BenchApi = typeof import('../utils/case/adapters/index') &
  typeof import('../utils/case/self-check') &
  typeof import('../utils/case/declarative/to-adapter');

/** Times `reads` reads of the case on the page, each in its own task as the content script's are. */
function timeExtraction(
  page: Page,
  options: { declarative?: DeclarativeAdapter; n: number; reads: number },
): Promise<number[]> {
  const cap = Math.min(options.n, MAX_ITEMS_READ);
  return page.evaluate(
    async ({ declarative, n, reads, expected }) => {
      const api = (window as unknown as { caselightBench: BenchApi }).caselightBench;
      const url = new URL(location.href);
      const adapter = declarative ? api.toAdapter(declarative) : api.findAdapter(url);
      if (!adapter) throw new Error(`No adapter for ${url.href}`);
      const samples: number[] = [];
      for (let i = 0; i < reads; i++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        const start = performance.now();
        const read = api.extractChecked(adapter, document, url);
        const ms = performance.now() - start;
        if (!read.ok) throw new Error(read.problem);
        // Every field, every item up to the read cap (past it the panel says "first N of M"):
        // a faster read of less would be no figure at all.
        const capped = n > expected ? read.truncatedFrom === n : read.truncatedFrom === undefined;
        if (read.case.items.length !== expected || !capped || read.missing.length > 0)
          throw new Error(`Read ${read.case.items.length} of ${n} items, missing ${read.missing}`);
        samples.push(ms);
      }
      return samples;
    },
    { ...options, expected: cap },
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
const SIZES = [50, 500, 5000] as const;

type LongTask = { start: number; duration: number };
const NO_TASK: LongTask = { start: -1e9, duration: 0 };
const ms = (us = 0) => (us / 1000).toFixed(0);

/** Long tasks from the page's start, kept where the bench can read them afterwards. */
const OBSERVE_LONG_TASKS = `(() => {
  const seen = (window.caselightLongTasks = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

/**
 * Loads the 5,000-message case with the extension until the panel shows it, and returns the
 * most main-thread time the content script took inside one task (thread time from a trace:
 * on a busy machine wall time mostly measures the wait for a core). Also logs the page's
 * longest long task as the PerformanceObserver saw it and the content script's part in it.
 */
async function contentScriptLongestTask(api: StartedServer): Promise<number> {
  const { context, extensionId } = await launchWithExtension();
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    const url = `${api.url}/console/cases/C-BENCH-5000`;
    const events = await recordTrace(await context.newCDPSession(page), async () => {
      await page.goto(url);
      await panelShows(page, 'C-BENCH-5000');
      // Runs once the page's current task is over, so that task is whole in the trace.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    });
    const longTasks = (await page.evaluate('window.caselightLongTasks')) as LongTask[];
    const thread = pageThread(events, url);
    const tasks = mainThreadTasks(events, thread).map((task) => ({
      task,
      ...scriptTimeIn(events, task, `chrome-extension://${extensionId}/`),
    }));
    const worst = tasks.reduce((a, b) => (b.ms > a.ms ? b : a));
    const longest = longTasks.reduce((a, b) => (b.duration > a.duration ? b : a), NO_TASK);
    // Trace times are microseconds; the page's performance.now() starts at its navigation.
    const middle = thread.start + (longest.start + longest.duration / 2) * 1000;
    const inLongest = tasks.find(({ task }) => task.ts <= middle && middle <= task.ts + task.dur!);
    console.error(
      `extraction: 5,000-item load: most content-script thread time in one task ` +
        `${worst.ms.toFixed(0)} ms in ${worst.calls} calls (the task: ${ms(worst.task.tdur)} ms ` +
        `thread time, ${ms(worst.task.dur)} ms wall); longest long task ` +
        (inLongest
          ? `${longest.duration.toFixed(0)} ms wall, ${ms(inLongest.task.tdur)} ms thread time, ` +
            `${inLongest.ms.toFixed(0)} ms of it content script`
          : 'none'),
    );
    return worst.ms;
  } finally {
    await context.close();
  }
}

/**
 * Extraction by the built-in and a declarative adapter in real Chromium (median of `runs`
 * reads after `warmups`), and the longest content-script task while a 5,000-item case loads.
 */
export async function extractionFigures(warmups = 3, runs = 15): Promise<Figure[]> {
  const api = await startCaseApi({ demo: true, port: 0 });
  putCases(api.db, SIZES.map(benchCase));
  const figures: Figure[] = [];
  const median = (key: string, samples: number[], goal = '') =>
    figures.push({ key, value: round(percentile(samples.slice(warmups), 50)), unit: 'ms', goal });
  try {
    const bundle = await extractionBundle();
    const browser = await launchPlain();
    try {
      const page = await browser.newPage();
      for (const n of SIZES) {
        await page.goto(`${api.url}/console/cases/C-BENCH-${n}`);
        await caseRendered(page, `C-BENCH-${n}`);
        await page.addScriptTag({ content: bundle });
        const reads = await timeExtraction(page, { n, reads: warmups + runs });
        median(`extract_${n}_items_ms`, reads, n === 500 ? '≤ 10' : '');
        if (n === 5000)
          console.error(`extraction: first (cold) read of 5,000 items ${round(reads[0]!)} ms`);
      }
      const reads = await timeExtraction(page, {
        declarative: DECLARATIVE,
        n: 5000,
        reads: warmups + runs,
      });
      median('extract_declarative_5000_items_ms', reads);
    } finally {
      await browser.close();
    }
    figures.push({
      key: 'extract_5000_longest_task_ms',
      value: round(await contentScriptLongestTask(api)),
      unit: 'ms',
      goal: '≤ 50',
    });
  } finally {
    await api.close();
  }
  return figures;
}

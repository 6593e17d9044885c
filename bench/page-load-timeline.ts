/**
 * Diagnostic, not a figure: one console load's timeline, with and without the extension. For
 * the page's main thread, every task of 0.3 ms or more (start from navigation, thread time, its
 * biggest children, [ext] when our script runs in it); and for every process and thread, the
 * thread time spent before the console painted its case view, which shows what competes with
 * the console for the machine's cores. `npx tsx bench/page-load-timeline.ts [loads]`.
 */
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../e2e/browser';
import { startCaseApi } from '../server';
import { consolePaintOf, OBSERVE_CONSOLE_PAINT } from './console-paint';
import { caseRendered, launchPlain, panelShows } from './page-load';
import { mainThreadTasks, pageThread, recordTrace, type TraceEvent } from './page-trace';

const loads = Number(process.argv[2] ?? 2);
const api = await startCaseApi({ demo: true, port: 0 });
const docked = await launchWithExtension();
const plain = await launchPlain();
const url = `${api.url}/console/cases/C-1001`;
const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
const isOurs = (e: TraceEvent) => !!e.args?.data?.url?.startsWith('chrome-extension');
const named = (e: TraceEvent) => (e.args as { name?: string } | undefined)?.name ?? '';

async function timeline(context: BrowserContext, withExt: boolean) {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_CONSOLE_PAINT);
  const cdp = await context.newCDPSession(page);
  const events = await recordTrace(cdp, async () => {
    await page.goto(url);
    await caseRendered(page, 'C-1001');
    if (withExt) await panelShows(page, 'C-1001');
    await page.waitForTimeout(1000);
  });
  const paint = await consolePaintOf(page);
  await page.close();
  const thread = pageThread(events, url);
  const at = (e: TraceEvent) => ((e.ts - thread.start) / 1000).toFixed(1).padStart(7);
  console.log(
    `\n== ${withExt ? 'docked' : 'plain'}: fcp ${paint.firstContentfulPaint?.toFixed(1)}` +
      ` case view ${paint.caseView?.toFixed(1)}`,
  );
  const same = (e: TraceEvent) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X';
  let total = 0;
  for (const t of mainThreadTasks(events, thread)) {
    total += cpu(t);
    if (cpu(t) < 0.3) continue;
    const end = t.ts + (t.dur ?? 0);
    const kids = events
      .filter((e) => same(e) && e !== t && e.ts >= t.ts && e.ts < end && e.name !== 'RunTask')
      .toSorted((a, b) => cpu(b) - cpu(a))
      .slice(0, 4)
      .map((k) => {
        const src = k.args?.data?.url ?? '';
        return `${k.name}${src.startsWith('chrome-extension') ? '[ext]' : ''} ${cpu(k).toFixed(1)}`;
      });
    console.log(`${at(t)} ${cpu(t).toFixed(1).padStart(6)}  ${kids.join(', ')}`);
  }
  console.log(`main thread total ${total.toFixed(1)} ms`);
  // Our script's calls and what ran inside them (style, layout, compile, GC).
  const ours = events.filter(
    (e) => same(e) && /FunctionCall|EvaluateScript/.test(e.name) && isOurs(e) && cpu(e) >= 0.3,
  );
  for (const c of ours) {
    const end = c.ts + (c.dur ?? 0);
    const inside = new Map<string, number>();
    for (const e of events)
      if (
        same(e) &&
        e !== c &&
        e.ts >= c.ts &&
        e.ts < end &&
        !/FunctionCall|EvaluateScript/.test(e.name)
      )
        inside.set(e.name, (inside.get(e.name) ?? 0) + cpu(e));
    const data = c.args?.data as {
      functionName?: string;
      lineNumber?: number;
      columnNumber?: number;
    };
    const what = [...inside].toSorted((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(
      `  ours ${at(c)} ${cpu(c).toFixed(1).padStart(5)} ${c.name} ${data?.functionName ?? ''}:${data?.columnNumber ?? ''} ` +
        what.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '),
    );
  }
  const caseAt = thread.start + (paint.caseView ?? 0) * 1000;
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && (e.name === 'thread_name' || e.name === 'process_name'))
      threads.set(`${e.pid}:${e.name === 'thread_name' ? e.tid : ''}`, named(e));
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.name === 'RunTask' && e.ph === 'X' && e.ts >= thread.start && e.ts < caseAt) {
      const key = `${threads.get(`${e.pid}:`) ?? e.pid}/${threads.get(`${e.pid}:${e.tid}`) ?? e.tid}${e.pid === thread.pid ? ' (console)' : ''}`;
      busy.set(key, (busy.get(key) ?? 0) + cpu(e));
    }
  for (const [k, v] of [...busy].toSorted((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`  before case view: ${k.padEnd(50)} ${v.toFixed(1)}`);
}

try {
  for (let i = 0; i < loads; i++) {
    await timeline(plain, false);
    await timeline(docked.context, true);
  }
} finally {
  await docked.context.close();
  await plain.close();
  await api.close();
}

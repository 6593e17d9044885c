/**
 * Diagnostic, not a figure: where the main-thread time the extension adds to a console page
 * load goes, by trace event (direct children of the page's top-level tasks), with and without
 * the extension, averaged over a few loads. `npx tsx bench/page-load-breakdown.ts` after a build.
 * Script run at document_start is inside ParseHTML; "(task overhead)" is task time no traced
 * child explains (IPC, promise continuations).
 */
import { launchWithExtension } from '../e2e/browser';
import { startCaseApi } from '../server';
import { caseRendered, launchPlain, panelShows } from './page-load';
import { mainThreadTasks, pageThread, recordTrace, type TraceEvent } from './page-trace';
import type { BrowserContext } from 'playwright-core';

const api = await startCaseApi({ demo: true, port: 0 });
const docked = await launchWithExtension();
const plain = await launchPlain();
const url = `${api.url}/console/cases/C-1001`;

async function breakdown(context: BrowserContext, withExt: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = await recordTrace(cdp, async () => {
    await page.goto(url);
    await caseRendered(page, 'C-1001');
    if (withExt) await panelShows(page, 'C-1001');
    await page.waitForTimeout(1000);
  });
  await page.close();
  const thread = pageThread(events, url);
  const tasks = mainThreadTasks(events, thread);
  const by = new Map<string, number>();
  const own = events.filter(
    (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.ts >= thread.start,
  );
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const kids = own.filter((e) => e !== t && e.ts >= t.ts && e.ts < end && e.name !== 'RunTask');

    let covered = -1;
    let accounted = 0;
    for (const k of kids.toSorted((a, b) => a.ts - b.ts)) {
      if (k.ts < covered) continue;
      covered = k.ts + (k.dur ?? 0);
      const source = (k as TraceEvent).args?.data?.url ?? '';
      const key = `${k.name}${source.startsWith('chrome-extension') ? ' [ext]' : source ? ' [page]' : ''}`;
      const ms = (k.tdur ?? k.dur ?? 0) / 1000;
      by.set(key, (by.get(key) ?? 0) + ms);
      accounted += ms;
    }
    by.set(
      '(task overhead)',
      (by.get('(task overhead)') ?? 0) + ((t.tdur ?? t.dur ?? 0) / 1000 - accounted),
    );
  }
  return by;
}
const runs = 5;
const sum = (maps: Map<string, number>[]) => {
  const out = new Map<string, number>();
  for (const m of maps) for (const [k, v] of m) out.set(k, (out.get(k) ?? 0) + v / maps.length);
  return out;
};
const w: Map<string, number>[] = [];
const p: Map<string, number>[] = [];
for (let i = 0; i < runs; i++) {
  w.push(await breakdown(docked.context, true));
  p.push(await breakdown(plain, false));
}
const W = sum(w),
  P = sum(p);
const keys = new Set([...W.keys(), ...P.keys()]);
const rows = [...keys]
  .map((k) => [k, W.get(k) ?? 0, P.get(k) ?? 0, (W.get(k) ?? 0) - (P.get(k) ?? 0)] as const)
  .toSorted((a, b) => b[3] - a[3]);
for (const [k, a, b, d] of rows.slice(0, 25))
  console.log(
    `${k.padEnd(40)} with ${a.toFixed(1).padStart(7)} without ${b.toFixed(1).padStart(7)} diff ${d.toFixed(1).padStart(7)}`,
  );
await docked.context.close();
await plain.close();
await api.close();

import { writeFileSync } from 'node:fs';
import { startCaseApi } from '../server';
import { putCases } from '../server/db/write-cases';
import { launchWithExtension } from '../e2e/browser';
import { benchCase } from './extraction';

const api = await startCaseApi({ port: 0 });
putCases(api.db, [benchCase(5000)]);
const { context } = await launchWithExtension();
try {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel'] },
    transferMode: 'ReportEvents',
  } as any);
  const t0 = Date.now();
  await page.goto(`${api.url}/console/cases/C-BENCH-5000`);
  const prefix = `chrome-extension://`;
  let frame;
  for (;;) { frame = page.frames().find((f) => f.url().startsWith(prefix) && f.url().includes('panel.html')); if (frame) break; await page.waitForTimeout(20); }
  await frame.evaluate(() => new Promise<void>((res) => new PerformanceObserver((l, o) => { if (l.getEntriesByName('caselight:case-shown').length) { o.disconnect(); res(); } }).observe({ type: 'mark', buffered: true })));
  console.log('shown after', Date.now() - t0);
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await done;
  writeFileSync('/tmp/lt-trace.json', JSON.stringify(events));
  console.log('events', events.length);
} finally {
  await context.close();
  await api.close();
}

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
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(`${api.url}/console/cases/C-BENCH-5000`);
  let frame;
  for (;;) { frame = page.frames().find((f) => f.url().includes('panel.html')); if (frame) break; await page.waitForTimeout(20); }
  await frame.evaluate(() => new Promise<void>((res) => new PerformanceObserver((l, o) => { if (l.getEntriesByName('caselight:case-shown').length) { o.disconnect(); res(); } }).observe({ type: 'mark', buffered: true })));
  console.log('shown after', Date.now() - t0);
  await page.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/prof.json', JSON.stringify(profile));
} finally {
  await context.close();
  await api.close();
}

import { writeFileSync } from 'node:fs';
import { launchWithExtension } from '../e2e/browser';
import { startCaseApi } from '../server';
import { recordTrace, caseRendered, panelShows, launchPlain, pageThread, mainThreadTasks } from './page-load';
const api = await startCaseApi({ port: 0 });
const docked = await launchWithExtension();
const plain = await launchPlain();
const url = `${api.url}/console/cases/C-1001`;
for (let i = 0; i < 3; i++) for (const [name, ctx, d] of [['with', docked.context, true], ['without', plain, false]] as const) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events = await recordTrace(cdp, async () => { await page.goto(url); await caseRendered(page, 'C-1001'); if (d) await panelShows(page, 'C-1001'); await page.waitForTimeout(1000); });
  await page.close();
  const th = pageThread(events, url);
  const tasks = mainThreadTasks(events, th);
  const all = events.filter(e => e.pid === th.pid && e.tid === th.tid && e.ts >= th.start && e.ph === 'X');
  writeFileSync(`/tmp/pl-${name}-${i}.json`, JSON.stringify({ th, all }));
}
await docked.context.close(); await plain.close(); await api.close();

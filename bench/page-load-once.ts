import type { BrowserContext } from 'playwright-core';
import { consolePaintOf, OBSERVE_CONSOLE_PAINT, type ConsolePaint } from './console-paint';
import { caseRendered, panelShows } from './page-load';
import {
  busyMs,
  longestOwnTaskMs,
  mainThreadTasks,
  pageThread,
  recordTrace,
  scriptTimeIn,
} from './page-trace';

/** Without the extension, with the panel docked, or with it in the browser's side panel. */
export type LoadMode = 'plain' | 'docked' | 'side-panel';

export interface LoadFigures {
  /** Main-thread thread time of the page's top-level tasks (ms). */
  busy: number;
  /** The extension's script in them (ms). */
  script: number;
  longestOwn: number;
  paint: ConsolePaint;
}

/** After the case (and, docked, the panel) is shown: time for trailing work. */
const SETTLE_MS = 1000;
const OURS = 'chrome-extension://';

/** One full load of the case page in a trace, from navigation to settled. */
export async function loadOnce(
  context: BrowserContext,
  { url, caseId, mode }: { url: string; caseId: string; mode: LoadMode },
): Promise<LoadFigures> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_CONSOLE_PAINT);
  const cdp = await context.newCDPSession(page);
  const events = await recordTrace(cdp, async () => {
    await page.goto(url);
    await caseRendered(page, caseId);
    if (mode === 'docked') await panelShows(page, caseId);
    await page.waitForTimeout(SETTLE_MS);
  });
  const paint = await consolePaintOf(page);
  await page.close();
  const thread = pageThread(events, url);
  const tasks = mainThreadTasks(events, thread);
  const script = tasks.reduce((sum, t) => sum + scriptTimeIn(events, t, OURS).ms, 0);
  return { busy: busyMs(tasks), script, longestOwn: longestOwnTaskMs(events, tasks, OURS), paint };
}

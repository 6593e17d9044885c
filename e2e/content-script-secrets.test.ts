import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS } from '../server';
import { TOUR_STORAGE_KEY } from '../utils/tour/tour-record';
import { startHarness, type Harness } from './harness';

/**
 * The content script runs inside the hostile console page: DESIGN.md says it holds no secret.
 * This reads everything its isolated world can reach, the way a compromised content script or
 * a page exploit reaching it would, and looks for the key and the token.
 */

const SECRETS = ['stand-in-key', DEMO_TOKENS.reviewer];

interface ContextDescription {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/** Everything a script in that world can read, as one JSON string per source. */
const READ_EVERYTHING = `(async () => {
  const attempt = async (read) => {
    try { return { ok: JSON.stringify(await read()) }; }
    catch (e) { return { error: String(e && e.message || e) }; }
  };
  const hasChrome = typeof chrome !== 'undefined' && !!chrome.storage;
  return {
    world: hasChrome ? 'extension' : 'page',
    local: await attempt(() => chrome.storage.local.get(null)),
    sync: await attempt(() => chrome.storage.sync.get(null)),
    session: await attempt(() => chrome.storage.session.get(null)),
    databases: await attempt(() => indexedDB.databases()),
    localStorage: await attempt(() => ({ ...localStorage })),
    sessionStorage: await attempt(() => ({ ...sessionStorage })),
    cookie: await attempt(() => document.cookie),
    dom: await attempt(() => document.documentElement.outerHTML),
  };
})()`;

type Readout = Record<string, { ok?: string; error?: string } | string>;

async function contexts(page: Page): Promise<{ cdp: CDPSession; all: ContextDescription[] }> {
  const cdp = await page.context().newCDPSession(page);
  const created: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => created.push(context));
  // Enabling reports every context that already exists, the content script's included.
  await cdp.send('Runtime.enable');
  return { cdp, all: created };
}

async function readIn(cdp: CDPSession, contextId: number): Promise<Readout> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: READ_EVERYTHING,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value as Readout;
}

const leaks = (readout: Readout) =>
  SECRETS.filter((secret) => JSON.stringify(readout).includes(secret));

describe('from the console page side: no stored key or token, no message from Caselight', () => {
  let h: Harness;
  let page: Page;
  let cdp: CDPSession;
  let all: ContextDescription[];
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
    page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1002'));
    // The panel is mounted by the content script: once it is there, the script has run.
    await h.panelFrame(page);
    ({ cdp, all } = await contexts(page));
  });
  afterAll(() => h.close());

  test("the content script's isolated world reads storage but finds no secret", async () => {
    const mainFrame = all.find((c) => c.auxData?.isDefault)?.auxData?.frameId;
    const world = all.find(
      (c) =>
        c.auxData?.type === 'isolated' && c.name === 'Caselight' && c.auxData.frameId === mainFrame,
    );
    expect(world, JSON.stringify(all)).toBeDefined();
    const readout = await readIn(cdp, world!.id);
    expect(readout.world).toBe('extension');
    // The reads work (what the panels share is there to see), so an absent secret is a real
    // absence. The settings are not: they live in the extension origin's IndexedDB.
    expect((readout.local as { ok: string }).ok).toContain(TOUR_STORAGE_KEY);
    expect((readout.local as { ok: string }).ok).not.toContain('"settings"');
    expect((readout.sync as { ok?: string }).ok).toBeDefined();
    // Session storage is for trusted contexts only: nothing sets a wider access level.
    expect((readout.session as { error?: string }).error).toMatch(
      /Access to storage is not allowed/,
    );
    // IndexedDB here is the console's origin, not the extension's.
    expect((readout.databases as { ok: string }).ok).not.toContain('caselight-secrets');
    expect(leaks(readout)).toEqual([]);
  });

  test("the page's own scripts see no extension storage and no secret", async () => {
    const readout = (await page.evaluate(READ_EVERYTHING)) as Readout;
    expect(readout.world).toBe('page');
    expect((readout.local as { error?: string }).error).toBeDefined();
    expect((readout.databases as { ok: string }).ok).not.toContain('caselight-secrets');
    expect(leaks(readout)).toEqual([]);
  });

  test('the secrets really are stored, in the extension origin only', async () => {
    const options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
    const stored = await options.evaluate(
      () =>
        new Promise<Array<string | { value: string }>>((resolve, reject) => {
          const open = indexedDB.open('caselight-secrets');
          open.addEventListener('error', () => reject(open.error));
          open.addEventListener('success', () => {
            const values = open.result.transaction('secrets').objectStore('secrets').getAll();
            values.addEventListener('success', () => resolve(values.result));
          });
        }),
    );
    // The model key is stored with the origin it was approved for.
    const values = stored.map((s) => (typeof s === 'string' ? s : s.value));
    expect(values.toSorted()).toEqual(SECRETS.toSorted());
    await options.close();
  });

  test('no window message reaches the page while the dock starts', async () => {
    const consolePage = await h.context.newPage();
    // Listening from before the console's own scripts, as a console's message handler would.
    await consolePage.addInitScript(() => {
      const heard: string[] = [];
      Reflect.set(globalThis, 'heardMessages', heard);
      addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
    });
    await consolePage.goto(h.consoleUrl('/console/cases/C-1002'));
    // The dock is up, so the content script's start-up (and any message it posted) is over.
    await h.panelFrame(consolePage);
    expect(await consolePage.evaluate('globalThis.heardMessages')).toEqual([]);
    await consolePage.close();
  });
});

import type { Browser, Frame, Page } from 'puppeteer-core';
import { DEMO_TOKENS, startCaseApi, type StartedServer } from '../../server';
import { startOpenAIStandIn, type StartedStandIn } from '../../server/openai-stand-in';
import { TOUR_STORAGE_KEY, tourRecord } from '../../utils/tour/tour-record';
import type { ExtensionSetup } from '../options-page';
import { textOf, testId } from './dom';
import { launchFirefox } from './firefox';
import { fillFirefoxOptions } from './options-page';
import { extensionTabs, type ExtensionTabs } from './extension-tabs';

/** The Firefox counterpart of e2e/harness.ts, on the same servers and settings. */
export interface FirefoxHarness {
  api: StartedServer;
  standIn: StartedStandIn;
  browser: Browser;
  /** `moz-extension://<uuid>/`: random per install, read off the first docked panel. */
  extensionBase: string;
  tabs: ExtensionTabs;
  consoleUrl(path?: string): string;
  panelFrame(page: Page): Promise<Frame>;
  /** A page's `<iframe name>` once it has loaded an extension page. */
  namedFrame(page: Page, name: string): Promise<Frame>;
  /** A console page and its docked panel, once the panel shows `caseId`. */
  openCase(caseId: string): Promise<{ page: Page; panel: Frame }>;
  configure(overrides?: Partial<ExtensionSetup>): Promise<string>;
  close(): Promise<void>;
}

type BrowserGlobal = {
  browser: { storage: { local: { set(items: object): Promise<void> } } };
};

/**
 * A frame's address as it knows it: Puppeteer over BiDi sometimes keeps reporting about:blank
 * for a frame that has since loaded an extension page (seen for the panel on a console whose
 * content script was registered at run time).
 */
async function addressOf(frame: Frame): Promise<string> {
  const reported = frame.url();
  if (reported !== 'about:blank') return reported;
  return frame.evaluate(() => location.href).catch(() => reported);
}

async function findPanelFrame(page: Page, base: string | undefined): Promise<Frame> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame.detached) continue;
      const url = await addressOf(frame);
      if (url.startsWith(base ?? 'moz-extension://') && url.includes('/panel.html')) return frame;
    }
    if (Date.now() > deadline) throw new Error('The Caselight panel frame never appeared');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  const [api, standIn, browser] = await Promise.all([
    startCaseApi({ demo: true, port: 0 }),
    startOpenAIStandIn({ port: 0 }),
    launchFirefox(),
  ]);
  const consoleUrl = (path = '/console') => `${api.url}${path}`;
  // The first case page tells the extension's address; its panel (which has storage.local)
  // skips the guided tour, as e2e/browser.ts does for Chromium, and opens the options tab.
  const first = await browser.newPage();
  await first.goto(consoleUrl('/console/cases/C-1001'));
  const firstPanel = await findPanelFrame(first, undefined);
  const extensionBase = new URL('/', await addressOf(firstPanel)).href;
  await firstPanel.evaluate(
    (items) => (globalThis as unknown as BrowserGlobal).browser.storage.local.set(items),
    { [TOUR_STORAGE_KEY]: tourRecord('skipped') },
  );
  const tabs = await extensionTabs(browser, extensionBase, firstPanel);
  await first.close();

  const harness: FirefoxHarness = {
    api,
    standIn,
    browser,
    extensionBase,
    tabs,
    consoleUrl,
    panelFrame: (page) => findPanelFrame(page, extensionBase),
    async namedFrame(page, name) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        for (const frame of page.frames()) {
          const named = await frame.evaluate(() => window.name).catch(() => '');
          if (named === name && (await addressOf(frame)).startsWith(extensionBase)) return frame;
        }
        if (Date.now() > deadline) throw new Error(`No frame named ${name} loaded the panel`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async openCase(caseId) {
      const page = await browser.newPage();
      await page.goto(consoleUrl(`/console/cases/${caseId}`));
      const panel = await findPanelFrame(page, extensionBase);
      await panel.waitForFunction(
        (id) => document.querySelector('[data-testid="case-id"]')?.textContent === id,
        { timeout: 15_000 },
        caseId,
      );
      return { page, panel };
    },
    configure: (overrides = {}) =>
      fillFirefoxOptions(tabs, {
        caseApiUrl: `${api.url}/api`,
        token: DEMO_TOKENS.reviewer,
        modelBaseUrl: standIn.url,
        modelKey: 'stand-in-key',
        ...overrides,
      }),
    async close() {
      await browser.close();
      await Promise.all([api.close(), standIn.close()]);
    },
  };
  return harness;
}

/** The case id the panel shows, or null before it shows one. */
export const shownCaseId = (panel: Frame) => textOf(panel, testId('case-id'));

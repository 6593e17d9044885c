import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { TOUR_STORAGE_KEY, tourRecord } from '../utils/tour/tour-record';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

type ChromeGlobal = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
}

/**
 * Debian's Chromium with the built extension loaded, headless unless `headed` (which needs a
 * display). The background-networking flags keep Chromium from flooding the closed network.
 */
export async function launchWithExtension(
  options: {
    headed?: boolean;
    userDataDir?: string;
    /** The demo shows the guided tour as a new reviewer meets it; tests and benches skip it. */
    showTour?: boolean;
    /** Another build of the extension (benches compare two builds side by side). */
    extensionDir?: string;
  } = {},
): Promise<LaunchedBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium is missing at ${executablePath}: run scripts/ensure-system.sh chromium`,
    );
  // A given profile directory is how a test restarts "the same browser".
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'caselight-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: !options.headed,
    viewport: { width: 1400, height: 900 },
    args: [
      ...(options.headed ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  // A fresh profile would open the panel's guided tour over the first case, and tests press
  // decision keys at once: unless asked, a launch starts with this tour version already skipped.
  if (!options.showTour)
    await worker.evaluate(
      (items) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set(items),
      {
        [TOUR_STORAGE_KEY]: tourRecord('skipped'),
      },
    );
  return { context, extensionId, worker, userDataDir };
}

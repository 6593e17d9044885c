import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

export const firefoxPath = () => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const FIREFOX_MISSING = 'Firefox ESR is missing: run scripts/ensure-system.sh firefox';

/** Fails the run at once, in one line, rather than skipping the Firefox suite. */
export function assertFirefoxInstalled(): void {
  if (existsSync(firefoxPath())) return;
  const error = new Error(FIREFOX_MISSING);
  error.stack = FIREFOX_MISSING;
  throw error;
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi (Playwright needs its own patched
 * Firefox), with the built MV2 extension installed as a temporary add-on.
 */
export async function launchFirefox(): Promise<Browser> {
  assertFirefoxInstalled();
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\`.`);
  }
  const browser = await launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1400, height: 900 },
    // Saving options asks for the case API's and model server's exact origins (with their
    // port), which Firefox prompts for even on loopback; a reviewer clicks Allow in that
    // doorhanger, which WebDriver cannot reach. Firefox's own switch for automation grants
    // optional permissions as if Allow had been clicked.
    extraPrefsFirefox: { 'extensions.webextOptionalPermissionPrompts': false },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}

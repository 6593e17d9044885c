import type { Page } from 'puppeteer-core';
import type { ExtensionSetup } from '../options-page';
import { button, byLabel, textOf } from './dom';
import type { ExtensionTabs } from './extension-tabs';

async function fill(page: Page, label: string, value: string) {
  const field = page.locator(byLabel(label));
  await field.fill(value);
}

/**
 * e2e/options-page.ts for Firefox: fills Caselight's options page the way a reviewer would
 * (settings live in extension-origin IndexedDB, written by that page) and waits for its check.
 * Answers the check's summary.
 */
export async function fillFirefoxOptions(tabs: ExtensionTabs, setup: ExtensionSetup) {
  const page = await tabs.open('options.html');
  await fill(page, 'Case API address', setup.caseApiUrl);
  await fill(page, 'Sign-in token', setup.token);
  await fill(page, 'Model server address', setup.modelBaseUrl);
  await fill(page, 'Model API key or proxy token', setup.modelKey);
  if (setup.undoWindowSeconds !== undefined) {
    await fill(page, 'Undo window (seconds)', String(setup.undoWindowSeconds));
  }
  if (setup.guidanceSyncSeconds !== undefined) {
    await fill(page, 'Guidance check interval (seconds)', String(setup.guidanceSyncSeconds));
  }
  await page.locator(button('Save and check')).click();
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[role="status"]');
      const models = status?.querySelector('[data-testid="model-status"]');
      return status?.textContent?.includes('Saved.') && !models?.textContent?.includes('checking');
    },
    { timeout: 20_000 },
  );
  const summary = (await textOf(page, '[role="status"]')) ?? '';
  await page.close();
  return summary.replace(/\s+/g, ' ').trim();
}

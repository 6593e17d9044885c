import type { BrowserContext, Page } from 'playwright-core';

export interface ExtensionSetup {
  caseApiUrl: string;
  token: string;
  modelBaseUrl: string;
  modelKey: string;
  undoWindowSeconds?: number;
  guidanceSyncSeconds?: number;
}

/** Secrets are write-only: once one is saved, its field opens only through "Replace". */
export async function fillSecret(page: Page, label: string, value: string) {
  const replace = page.getByRole('button', { name: `Replace the ${label}` });
  if (await replace.isVisible()) await replace.click();
  await page.getByLabel(label).fill(value);
}

/**
 * Fills Caselight's options page the way a reviewer would and waits for its connection
 * check. Used by the end-to-end tests and by `npm run demo`.
 */
export async function fillOptions(
  context: BrowserContext,
  extensionId: string,
  setup: ExtensionSetup,
): Promise<string> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Case API address').fill(setup.caseApiUrl);
  await fillSecret(page, 'Sign-in token', setup.token);
  await page.getByLabel('Model server address').fill(setup.modelBaseUrl);
  await fillSecret(page, 'Model API key or proxy token', setup.modelKey);
  if (setup.undoWindowSeconds !== undefined) {
    await page.getByLabel('Undo window (seconds)').fill(String(setup.undoWindowSeconds));
  }
  if (setup.guidanceSyncSeconds !== undefined) {
    const interval = page.getByLabel('Guidance check interval (seconds)');
    await interval.fill(String(setup.guidanceSyncSeconds));
  }
  await page.getByRole('button', { name: 'Save and check' }).click();
  const status = page.getByRole('status');
  await status.getByText('Saved.').waitFor();
  await status.getByTestId('model-status').filter({ hasNotText: 'checking' }).waitFor();
  const summary = (await status.innerText()).replace(/\s+/g, ' ').trim();
  await page.close();
  return summary;
}

/** Clicks "Clear cached scores" on the options page; answers how many it says it cleared. */
export async function clearCachedScores(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('button', { name: 'Clear cached scores' }).click();
  const status = page.getByText(/^Cleared \d+ cached/);
  const text = (await status.textContent({ timeout: 15_000 })) ?? '';
  await page.close();
  return Number(/\d+/.exec(text)?.[0]);
}

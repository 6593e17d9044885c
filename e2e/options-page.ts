import type { BrowserContext } from 'playwright-core';

export interface ExtensionSetup {
  caseApiUrl: string;
  token: string;
  modelBaseUrl: string;
  modelKey: string;
  undoWindowSeconds?: number;
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
  await page.getByLabel('Sign-in token').fill(setup.token);
  await page.getByLabel('Model server address').fill(setup.modelBaseUrl);
  await page.getByLabel('Model API key or proxy token').fill(setup.modelKey);
  if (setup.undoWindowSeconds !== undefined) {
    await page.getByLabel('Undo window (seconds)').fill(String(setup.undoWindowSeconds));
  }
  await page.getByRole('button', { name: 'Save and check' }).click();
  const status = page.getByRole('status');
  await status.getByText('Saved.').waitFor();
  await status.getByTestId('model-status').filter({ hasNotText: 'checking' }).waitFor();
  const summary = (await status.innerText()).replace(/\s+/g, ' ').trim();
  await page.close();
  return summary;
}

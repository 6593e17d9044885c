import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve('demo-screenshots');

async function panelOf(page: Page, extensionId: string): Promise<Frame> {
  const prefix = `chrome-extension://${extensionId}/panel.html`;
  for (let tries = 0; tries < 500; tries++) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix) && !f.isDetached());
    if (frame) return frame;
    await page.waitForTimeout(20);
  }
  throw new Error('The Caselight panel did not appear');
}

/** What a reviewer would see, step by step, saved as numbered screenshots. */
export async function walkThroughCases(
  context: BrowserContext,
  extensionId: string,
  baseUrl: string,
) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const page = await context.newPage();
  const shot = async (name: string) => {
    await page.waitForTimeout(300);
    const path = `${SCREENSHOT_DIR}/${name}.png`;
    await page.screenshot({ path });
    console.log(`  ${path}`);
  };

  await page.goto(`${baseUrl}/console/cases`);
  await page.locator('table').first().waitFor();
  await shot('01-case-list-no-panel');

  await page.goto(`${baseUrl}/console/cases/C-1001`);
  const panel = await panelOf(page, extensionId);
  await panel.getByTestId('case-id').waitFor();
  await panel.getByTestId('api-status').filter({ hasText: 'connected' }).waitFor();
  await shot('02-harassment-case-with-panel');

  await page.locator('.pager-next').click();
  await panel.getByTestId('case-id').filter({ hasText: 'C-1002' }).waitFor();
  await shot('03-next-case-by-client-side-navigation');

  await page.goto(`${baseUrl}/console/cases/C-1011`);
  await (
    await panelOf(page, extensionId)
  )
    .getByTestId('case-id')
    .filter({ hasText: 'C-1011' })
    .waitFor();
  await shot('04-spanish-case');

  await page.goto(`${baseUrl}/console/cases/C-1006?omit=reporter,sla`);
  await (await panelOf(page, extensionId)).getByTestId('case-missing').waitFor();
  await shot('05-page-missing-fields');

  await page.goto(`${baseUrl}/console/cases/C-1009`);
  const deciding = await panelOf(page, extensionId);
  await deciding.getByRole('button', { name: 'Submit decision' }).waitFor();
  await deciding.getByTestId('risk-level').waitFor({ timeout: 20_000 }); // scores (and the suggestion) are in
  await page.keyboard.press('Alt+Shift+K');
  await page.keyboard.press('1'); // No violation: friendly banter
  const askedWhy = deciding.getByRole('button', { name: 'Model missed context' });
  if (await askedWhy.isVisible()) await askedWhy.click();
  await deciding.getByRole('button', { name: /Submit decision/ }).click();
  await deciding.getByTestId('decision-entry').waitFor();
  await shot('06-decision-queued-with-undo');
  await deciding
    .getByTestId('decision-state')
    .filter({ hasText: 'Delivered' })
    .waitFor({ timeout: 20_000 });
  await shot('07-decision-delivered');

  const side = await context.newPage();
  await side.setViewportSize({ width: 400, height: 900 });
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await side.getByTestId('case-id').waitFor();
  await side.screenshot({ path: `${SCREENSHOT_DIR}/08-side-panel.png` });
  console.log(`  ${SCREENSHOT_DIR}/08-side-panel.png`);
  return SCREENSHOT_DIR;
}

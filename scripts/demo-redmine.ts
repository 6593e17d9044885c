import { existsSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { startRedmine, type StartedRedmine } from '../e2e/redmine/redmine';
import { REDMINE_ROOT } from '../e2e/redmine/site';
import { redmineAdapterPreset } from '../utils/case/presets/redmine-adapter';
import { redmineWriterPreset } from '../utils/case/presets/redmine-writer';
import { SCREENSHOT_DIR } from './demo-walkthrough';
import { sendFromExtensionPage } from '../e2e/extension-message';

/**
 * `npm run demo -- --redmine`: the loop on a console we did not build. A throwaway Debian
 * Redmine with seeded abuse reports, its adapter and writer added the way a lead adds them,
 * and the browser signed in to it as the reviewer Taylor Kim.
 */
export const redmineInstalled = () => existsSync(`${REDMINE_ROOT}/Gemfile`);

export async function startDemoRedmine(
  context: BrowserContext,
  extensionId: string,
): Promise<StartedRedmine> {
  const redmine = await startRedmine();
  const lead = await context.newPage();
  await lead.goto(`chrome-extension://${extensionId}/adapters.html`);
  const adapter = redmineAdapterPreset(redmine.url, {
    reportedAccountFieldId: redmine.seed.reportedAccountFieldId,
  });
  await lead.getByTestId('adapter-json').fill(JSON.stringify(adapter, null, 2));
  await lead.getByRole('button', { name: 'Save and allow its sites' }).click();
  await lead.getByTestId('adapter-redmine').waitFor();
  await sendFromExtensionPage(lead, {
    type: 'writers:save',
    definition: redmineWriterPreset(redmine.url),
  });
  await sendFromExtensionPage(lead, {
    type: 'writers:save-credentials',
    writerId: 'redmine',
    secret: { kind: 'token', token: redmine.seed.reviewerApiKey },
  });
  await lead.close();
  const page = await context.newPage();
  await page.goto(`${redmine.url}/login`);
  await page.locator('#username').fill('tkim');
  await page.locator('#password').fill(redmine.seed.password);
  await page.locator('#login-submit').click();
  await page.locator('#loggedas').waitFor();
  await page.close();
  return redmine;
}

/** Headless: decide a Redmine issue by keyboard and show where the decision landed. */
export async function walkThroughRedmine(
  context: BrowserContext,
  extensionId: string,
  redmine: StartedRedmine,
) {
  const page = await context.newPage();
  const issue = redmine.seed.issues[1]!;
  await page.goto(`${redmine.url}/issues/${issue.id}`);
  const prefix = `chrome-extension://${extensionId}/panel.html`;
  let panel = page.frames().find((f) => f.url().startsWith(prefix));
  for (let tries = 0; !panel && tries < 400; tries++) {
    await page.waitForTimeout(25);
    panel = page.frames().find((f) => f.url().startsWith(prefix));
  }
  if (!panel) throw new Error('The Caselight panel did not appear on Redmine');
  await panel.getByTestId('provenance-freshness').first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Alt+Shift+K');
  await page.keyboard.press('3');
  const reason = panel.getByLabel('Override reason');
  if (await reason.count()) await reason.fill('Context the model cannot see.');
  await panel.getByLabel(/Note/).fill('Phishing link to a fake wallet page.');
  await page.keyboard.press('Control+Enter');
  await panel
    .getByTestId('destinations')
    .filter({ hasText: /note #\d+/ })
    .waitFor({ timeout: 20_000 });
  const path = `${SCREENSHOT_DIR}/09-redmine-decision-written-back.png`;
  await page.screenshot({ path });
  console.log(`  ${path}`);
  await page.reload();
  const reloaded = `${SCREENSHOT_DIR}/10-redmine-issue-with-the-note.png`;
  await page.locator('#history').scrollIntoViewIfNeeded();
  await page.screenshot({ path: reloaded, fullPage: true });
  console.log(`  ${reloaded}`);
}

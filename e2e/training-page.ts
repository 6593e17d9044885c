import type { Page } from 'playwright-core';
import { DEMO_TOKENS } from '../server';
import type { Harness } from './harness';

/** Steps on the trainer page as a trainer takes them, for the end-to-end test. */

export async function openTrainerPage(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(h.extensionUrl('training.html'));
  // The browser's configured token is the trainee's: the trainer uses their own for this page.
  await page.getByRole('button', { name: 'Use another token for this page' }).click();
  await page.getByLabel('Token for this page (not saved)').fill(DEMO_TOKENS.trainer);
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.getByTestId('trainer-identity').filter({ hasText: 'Tom Trainer' }).waitFor();
  return page;
}

export interface GoldPick {
  caseId: string;
  expected: string;
}

/** Picks decided cases, sets each expected action and explanation, and creates the set. */
export async function createGoldSet(page: Page, title: string, picks: GoldPick[]) {
  await page.getByRole('button', { name: 'New gold set' }).click();
  await page.getByLabel('Title').fill(title);
  for (const pick of picks) await page.getByLabel(`Pick case ${pick.caseId}`).check();
  for (const [index, pick] of picks.entries()) {
    const item = page.getByRole('group', {
      name: new RegExp(`^Gold case ${index + 1}: ${pick.caseId}`),
    });
    await item.getByLabel('Expected action').selectOption(pick.expected);
    await item.getByLabel('Explanation').fill(`Gold for ${pick.caseId}`);
  }
  await page.getByRole('button', { name: 'Create gold set' }).click();
  await page.getByRole('region', { name: `Gold set ${title}` }).waitFor();
}

export async function assignTo(page: Page, reviewerIds: string) {
  await page.getByLabel('Reviewer ids').fill(reviewerIds);
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await page.getByRole('list', { name: 'Assigned trainees' }).getByText('Ana Reviewer').waitFor();
}

/**
 * Clicks "Refresh progress" and reads the cells of one trainee's dashboard row as they are now,
 * which may be before the refresh has landed: poll for what the test expects.
 */
export async function traineeMetrics(page: Page, name: string) {
  await page.getByRole('button', { name: 'Refresh progress' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  return {
    done: await row.locator('[data-metric="done"]').textContent(),
    accuracy: await row.locator('[data-metric="accuracy"]').textContent(),
    kappa: await row.locator('[data-metric="kappa"]').textContent(),
    mustEscalate: await row.locator('[data-metric="must-escalate"]').textContent(),
    verdict: await row.locator('[data-metric="verdict"]').textContent(),
  };
}

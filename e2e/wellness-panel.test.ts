import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';
import { readLocal, setWellnessPolicy } from './wellness-policy';

const filterOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).filter);

/**
 * Wellness in the side-panel placement: the console's media stay filtered with the dock gone,
 * the panel masks the lead's terms (a reveal per message, by keyboard), and counts the
 * reviewer's time on a high-severity case, with a break they can take at any time.
 */
describe('reviewer wellness in the side panel', () => {
  let h: Harness;
  let options: Page;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
    options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
    await setWellnessPolicy(options, { maskText: true, maskTerms: ['injured'] });
  });
  afterAll(() => h.close());

  test('media filtered without the dock; terms masked until revealed; exposure counted', async () => {
    const consoleTab = await h.context.newPage();
    await consoleTab.goto(h.consoleUrl('/console/cases/C-1007'));
    const docked = await h.panelFrame(consoleTab);
    await docked.getByRole('button', { name: 'Side panel' }).click();
    await expect.poll(() => consoleTab.locator('caselight-dock').count()).toBe(0);
    expect(await filterOf(consoleTab, '.attachment img')).toBe('grayscale(1) blur(24px)');

    const side = await h.context.newPage();
    await side.goto(h.extensionUrl('sidepanel.html'));
    await expect.poll(() => side.getByTestId('case-id').textContent()).toBe('C-1007');
    const subject = side.getByTestId('case-subject');
    expect(await subject.textContent()).not.toContain('injured');
    expect(await subject.textContent()).toContain('masked term');
    const reveal = side.getByRole('button', { name: 'Reveal masked terms in the subject' });
    await reveal.focus();
    await side.keyboard.press('Enter');
    await expect.poll(() => subject.textContent()).toContain('an injured person');

    // C-1007 scores high on graphic violence: the panel showing it counts the time.
    await expect
      .poll(
        async () =>
          ((await readLocal(options, 'wellnessExposure')) as { seconds?: number })?.seconds ?? 0,
        {
          timeout: 30_000,
        },
      )
      .toBeGreaterThan(0);
    await side.getByTestId('take-break').click();
    await expect
      .poll(() => side.getByTestId('break-timer').textContent())
      .toMatch(/On a break: 1[45]:\d\d left/);
    await Promise.all([consoleTab.close(), side.close()]);
  });
});

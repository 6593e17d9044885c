import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickIn, testId, textOf } from './dom';
import { startFirefoxHarness, type FirefoxHarness } from './harness';
import { readFirefoxLocal, setFirefoxWellness } from './wellness-policy';

const message = (all: string[]) => all.find((label) => label.includes('the message from'));
const reveal = (label: string) => `button[aria-label="Reveal masked terms in ${label}"]`;

/**
 * The panel's wellness parts in Firefox's docked panel: the lead's graphic terms masked with a
 * reveal per message, and the reviewer's time on a high-severity case counted, with the break
 * suggested past the lead's threshold.
 */
describe('Firefox: text masking and exposure limits in the panel', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
    await h.configure();
  });
  afterAll(() => h?.close());

  test('the terms are masked, and revealed one message at a time', async () => {
    // Words of the subject and of every message of C-1007, so whichever messages the model
    // ranks among the riskiest show masked.
    const maskTerms = ['injured', 'uncensored', 'downtown', 'kids', 'taking', 'warning'];
    await setFirefoxWellness(h.tabs.options, { maskText: true, maskTerms });
    const { page, panel } = await h.openCase('C-1007');
    const subject = () => textOf(panel, testId('case-subject'));
    await expect.poll(subject).toContain('masked term');
    expect(await subject()).not.toContain('injured');
    const labels = () =>
      panel.$$eval('[data-testid="reveal-masked"]', (els) =>
        els.map((el) => el.getAttribute('aria-label') ?? ''),
      );
    await expect.poll(async () => message(await labels()), { timeout: 30_000 }).toBeTruthy();
    const first = message(await labels())!;
    // One message revealed: that one shows its words, the subject stays masked.
    await clickIn(panel, `button[aria-label="${first}"]`);
    await expect.poll(labels).not.toContain(first);
    expect(await labels()).toContain('Reveal masked terms in the subject');
    await clickIn(panel, reveal('the subject'));
    await expect.poll(subject).toContain('an injured person');
    await page.close();
  });

  test('time on a high-severity case is counted, and a break suggested past the threshold', async () => {
    const now = Date.now();
    // 50 s already counted this shift, against a 1-minute threshold (the least a lead can set).
    const tally = {
      shiftStartedAt: now,
      lastCountedAt: now,
      seconds: 50,
      nextSuggestAt: 60,
      days: {},
    };
    await setFirefoxWellness(h.tabs.options, { exposure: { suggestBreakAfterMinutes: 1 } }, tally);
    const { page, panel } = await h.openCase('C-1007');
    const counted = async () =>
      ((await readFirefoxLocal(h.tabs.options, 'wellnessExposure')) as { seconds: number }).seconds;
    await expect.poll(counted, { timeout: 30_000 }).toBeGreaterThan(50);
    await panel.waitForSelector(testId('exposure-suggestion'), { timeout: 40_000 });
    expect(await textOf(panel, testId('exposure-suggestion'))).toContain('Consider a break');
    await clickIn(panel, testId('take-break'));
    await expect
      .poll(() => textOf(panel, testId('break-timer')))
      .toMatch(/On a break: 1[45]:\d\d left/);
    await page.close();
  });
});

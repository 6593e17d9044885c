import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';
import { setWellnessPolicy } from './wellness-policy';

/** Puts the reviewer's exposure count past both thresholds (2 h 1 min this shift). */
function pastThresholds(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const now = Date.now();
    const tally = {
      shiftStartedAt: now - 7_300_000,
      lastCountedAt: now,
      seconds: 121 * 60,
      nextSuggestAt: 60 * 60,
      days: {},
    };
    const local = (
      globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      }
    ).chrome.storage.local;
    await local.set({ wellnessExposure: tally });
  });
}

/**
 * Past the lead's thresholds the docked panel offers the lighter queue the lead named; by
 * keyboard, the background opens its address in the reviewer's own console tab.
 */
describe('switching to a lighter queue', () => {
  let h: Harness;
  let options: Page;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
    options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
  });
  afterAll(() => h.close());

  test("the suggestion's Switch to opens the lead's queue in the console tab", async () => {
    const spam = h.consoleUrl('/console/?queue=Spam');
    await setWellnessPolicy(options, {
      exposure: { lighterQueues: [{ label: 'Spam', url: spam }] },
    });
    await pastThresholds(options);
    const consoleTab = await h.context.newPage();
    await consoleTab.goto(h.consoleUrl('/console/cases/C-1007'));
    const panel = await h.panelFrame(consoleTab);
    const suggestion = panel.getByTestId('exposure-suggestion');
    await expect.poll(() => suggestion.textContent()).toContain('or a lighter queue (Spam)');
    await panel.getByRole('button', { name: 'Switch to Spam' }).focus();
    await consoleTab.keyboard.press('Enter');
    await expect.poll(() => consoleTab.url()).toBe(spam);
    await consoleTab.close();
  });
});

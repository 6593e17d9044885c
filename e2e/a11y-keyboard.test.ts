import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decisionState, openCase, scoresShown, setFaults } from './a11y-steps';
import { startHarness, type Harness } from './harness';

/**
 * Every action in the docked panel has a keyboard path: each control is in the Tab order, and
 * a reviewer decides, undoes and discards a refused decision without the mouse.
 */
const CONTROLS =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary';

/** Numbers the panel's visible controls; answers their descriptions by number. */
const numberControls = (panel: Frame) =>
  panel.evaluate((selector) => {
    const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter((e) =>
      e.checkVisibility(),
    );
    shown.forEach((e, i) => e.setAttribute('data-control', String(i)));
    return shown.map((e) => `${e.tagName.toLowerCase()} “${(e.textContent ?? '').trim()}”`);
  }, CONTROLS);

const focusedControl = (panel: Frame) =>
  panel.evaluate(() =>
    document.hasFocus() ? (document.activeElement?.getAttribute('data-control') ?? null) : null,
  );

/** Presses Tab until the focused control's text is `name` (within the panel); fails if never. */
async function tabTo(page: Page, panel: Frame, name: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const text = await panel.evaluate(() => document.activeElement?.textContent?.trim());
    if (text === name) return;
  }
  throw new Error(`“${name}” was never reached with Tab`);
}

describe('keyboard paths in the docked panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ apiFaults: true });
    await h.configure({ undoWindowSeconds: 3 });
  });
  afterAll(() => h.close());

  test('every control on screen is reached with Tab', async () => {
    const { page, panel } = await openCase(h, 'C-1008');
    await scoresShown(panel);
    const controls = await numberControls(panel);
    expect(controls.length).toBeGreaterThan(10);
    // Focus into the panel's document at its start, as Alt+Shift+K or a click would put it.
    await panel.locator('header h1').click();
    const reached = new Set<string>();
    for (let i = 0; i < controls.length + 20; i++) {
      await page.keyboard.press('Tab');
      const at = await focusedControl(panel);
      if (at !== null) reached.add(at);
    }
    const missed = controls.filter((_, i) => !reached.has(String(i)));
    expect(missed).toEqual([]);
    await page.close();
  });

  test('decide, undo, decide again and discard a refused decision, by keyboard only', async () => {
    const { page, panel } = await openCase(h, 'C-1009');
    await scoresShown(panel);
    const suggested = (await panel.getByTestId('suggested-action').first().textContent()) ?? '';
    const key = await panel.getByRole('radio', { name: suggested }).locator('kbd').textContent();
    await page.locator('.case-subject').click(); // working in the console…
    await page.keyboard.press('Alt+Shift+K'); // …then into the panel
    await page.keyboard.press(key!);
    await page.keyboard.press('Enter');
    await decisionState(panel, 'Queued');
    await tabTo(page, panel, 'Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.getByTestId('decision-entry').count()).toBe(0);

    await setFaults(h, { mode: 'refuse-422' });
    await page.keyboard.press('Alt+Shift+K');
    await page.keyboard.press(key!);
    await page.keyboard.press('Enter');
    await decisionState(panel, 'Failed');
    await setFaults(h, { mode: 'none' });
    await tabTo(page, panel, 'Discard…');
    await page.keyboard.press('Enter');
    await tabTo(page, panel, 'Yes, discard');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.getByTestId('decision-entry').count()).toBe(0);
    await page.close();
  });
});

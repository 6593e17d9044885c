import { afterAll, beforeAll, expect, test } from 'vitest';
import { TOUR_STORAGE_KEY } from '../utils/tour/tour-record';
import { startHarness, type Harness } from './harness';

/**
 * The guided tour as a first-time reviewer meets it: the harness starts every browser with it
 * skipped, so this test forgets that first. It opens over the first case, walks its five steps,
 * and once finished it does not come back on the next case.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.configure();
  const [worker] = h.context.serviceWorkers();
  await worker!.evaluate(
    (key) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { remove(k: string): Promise<void> } } };
        }
      ).chrome.storage.local.remove(key),
    TOUR_STORAGE_KEY,
  );
});
afterAll(() => h.close());

test('a first-time reviewer gets the tour once, step by step, and it is remembered', async () => {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(h.consoleUrl('/console/cases/C-1002'));
  const panel = await h.panelFrame(page);
  const dialog = panel.getByRole('dialog');
  await dialog.waitFor();
  const titles: string[] = [];
  for (let step = 1; step <= 5; step++) {
    expect(await dialog.textContent()).toContain(`${step} of 5`);
    titles.push((await dialog.getByRole('heading').textContent()) ?? '');
    await dialog.getByRole('button', { name: step === 5 ? 'Done' : 'Next' }).click();
  }
  expect(titles).toHaveLength(5);
  expect(await dialog.count()).toBe(0);

  await page.locator('.pager-next').click();
  await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1003');
  await page.waitForTimeout(500);
  expect(await panel.getByRole('dialog').count()).toBe(0);
  // Tour in the header replays it.
  await panel.getByRole('button', { name: 'Tour' }).click();
  await panel.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => panel.getByRole('dialog').count()).toBe(0);
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';

describe('the console comes first', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
  });
  afterAll(() => h.close());

  test('the dock takes its place while the console fetches its case; the panel starts once the case is shown', async () => {
    const page = await h.context.newPage();
    // The console's backend answers for the case only when the test says so.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/console/api/cases/C-1003', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(h.consoleUrl('/console/cases/C-1003'));
    await page.locator('caselight-dock').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const panels = () => page.frames().filter((f) => f.url().includes('/panel.html'));
    expect(panels()).toEqual([]);

    answer();
    await page.locator('.case-view[data-case-id="C-1003"]').waitFor();
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1003');
    expect(panels()).toHaveLength(1);
    await page.close();
  });
});

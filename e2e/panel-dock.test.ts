import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';

describe('the docked panel on a case page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
  });
  afterAll(() => h.close());

  test('shows the case id, subject, console, item count and reporter', async () => {
    const expected = (await h.api.db
      .prepare('SELECT subject FROM cases WHERE id = ?')
      .get('C-1001')) as { subject: string };
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1001'));
    const panel = await h.panelFrame(page);

    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1001');
    expect(await panel.getByTestId('case-subject').textContent()).toBe(expected.subject);
    expect(await panel.getByTestId('case-console').textContent()).toBe('demo-console');
    const items = await page.locator('.thread > .message').count();
    expect(await panel.getByTestId('case-items').textContent()).toBe(String(items));
    const reporter = await page.locator('[data-party="reporter"] .party-name').textContent();
    expect(await panel.getByTestId('case-reporter').textContent()).toContain(reporter!);
    await expect
      .poll(() => panel.getByTestId('api-status').textContent())
      .toContain('connected as Ana Reviewer');
    await expect.poll(() => panel.getByTestId('stand-in-notice').isVisible()).toBe(true);
    await page.close();
  });

  test('keeps its shadow root closed to the host page', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1001'));
    await h.panelFrame(page);
    const exposed = await page.evaluate(() => {
      const host = document.querySelector('caselight-dock');
      // Frames inside a closed shadow root are not even listed in window.frames.
      return {
        found: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        frames: window.frames.length,
      };
    });
    expect(exposed).toEqual({ found: true, shadowRoot: null, frames: 0 });
    await page.close();
  });

  test('makes room: the console is never covered by the expanded panel', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1002'));
    await h.panelFrame(page);
    const panelLeft = await page.locator('caselight-dock').evaluate(() => {
      // The dock's box is in a closed shadow root; its left edge is the viewport minus its width.
      return window.innerWidth - parseFloat(getComputedStyle(document.documentElement).marginRight);
    });
    const mainRight = await page
      .locator('#console-main')
      .evaluate((el) => el.getBoundingClientRect().right);
    expect(panelLeft).toBeLessThan(1400);
    expect(mainRight).toBeLessThanOrEqual(panelLeft);
    await page.close();
  });

  test('collapses to a slim tab and expands again, remembered across page loads', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1003'));
    const panel = await h.panelFrame(page);
    await panel.getByRole('button', { name: 'Collapse the Caselight panel' }).click();
    const margin = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    await expect.poll(margin).toBe('28px');

    await page.reload();
    await h.panelFrame(page);
    await expect.poll(margin).toBe('28px');
    // The tab lives in a closed shadow root, out of reach of selectors: click where it is drawn.
    await page.mouse.click(1400 - 14, 150);
    await expect.poll(margin).toBe('380px');
    await page.close();
  });

  test('is resized by dragging its edge, and keeps the width', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1004'));
    await h.panelFrame(page);
    // The drag handle is the dock's left edge (inside the closed shadow root).
    const edge = 1400 - 380 + 3;
    await page.mouse.move(edge, 300);
    await page.mouse.down();
    await page.mouse.move(edge - 120, 300, { steps: 5 });
    await page.mouse.up();
    const margin = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).marginRight));
    await expect.poll(margin).toBeGreaterThan(480);
    const width = await margin();

    await page.reload();
    await h.panelFrame(page);
    await expect.poll(margin).toBe(width);
    await page.close();
  });
});

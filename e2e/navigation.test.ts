import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasPanel, startHarness, type Harness } from './harness';

/** Errors and warnings the page logs, and uncaught exceptions. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

describe('moving around the console', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
  });
  afterAll(() => h.close());

  test('client-side navigation to another case updates the panel in the same tab', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1001'));
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1001');
    // A full page load would wipe this marker.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await page.locator('.pager-next').click();
    await expect.poll(() => page.url()).toContain('/console/cases/C-1002');
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1002');
    const subject = await page.locator('.case-subject').textContent();
    expect(await panel.getByTestId('case-subject').textContent()).toBe(subject);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(await h.panelFrame(page)).toBe(panel); // the same panel, not a new one

    await page.goBack();
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1001');
    await page.close();
  });

  test('a console page that is not a case page gets no panel and no errors', async () => {
    const page = await h.context.newPage();
    const problems = collectProblems(page);
    await page.goto(h.consoleUrl('/console/cases'));
    await page.locator('table').first().waitFor();
    await page.waitForTimeout(500);
    expect(hasPanel(h, page)).toBe(false);
    expect(await page.locator('caselight-dock').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe(
      '0px',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  test('opening a case from the list (client-side, from a page that was no case) reads it', async () => {
    // The browser keeps the address the document loaded with as the message sender's URL; a
    // pushState from the list must not make the background refuse the case it now shows.
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases'));
    await page.locator('table a', { hasText: 'C-1004' }).first().click();
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1004');
    await page.close();
  });

  test('leaving a case for the list removes the panel and gives the console its width back', async () => {
    const page = await h.context.newPage();
    const problems = collectProblems(page);
    await page.goto(h.consoleUrl('/console/cases/C-1005'));
    await h.panelFrame(page);
    await page.locator('a.brand').click();
    await expect.poll(() => page.locator('caselight-dock').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe(
      '0px',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a case page missing fields shows what it has and names what it could not read', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1006?omit=reporter,sla'));
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1006');
    const missing = await panel.getByTestId('case-missing').textContent();
    expect(missing).toContain('reporter');
    expect(missing).toContain('SLA due time');
    expect(missing).not.toContain('subject');
    expect(await panel.getByTestId('case-reporter').count()).toBe(0);
    await page.close();
  });

  test('a case that never appears is reported plainly, not shown half-read', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-9999'));
    const panel = await h.panelFrame(page);
    await expect
      .poll(() => panel.getByTestId('case-unreadable').textContent(), { timeout: 15_000 })
      .toContain('did not appear');
    await page.close();
  });

  test('the panel survives the service worker being stopped', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1007'));
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1007');
    await h.stopServiceWorker();
    await page.locator('.pager-next').click();
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1008');
    await page.close();
  });
});

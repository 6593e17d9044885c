import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testId, textOf } from './dom';
import { startFirefoxHarness, type FirefoxHarness } from './harness';

/**
 * Firefox shows the side panel page in its sidebar (`sidebar_action`). WebDriver BiDi cannot
 * open the sidebar (`sidebarAction.open` needs a click in the browser's own toolbar), so the
 * same page is opened in a tab: with no tab of its own to follow it shows the case of the tab
 * that last showed one, as the sidebar does before the reviewer switches tabs.
 */
describe('Firefox: the panel in the sidebar page', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
    await h.configure();
  });
  afterAll(() => h?.close());

  test('shows the case of the console tab, with its scores', async () => {
    const { page } = await h.openCase('C-1003');
    const subject = await textOf(page, '.case-subject');
    const sidebar = await h.tabs.open('sidepanel.html');
    await expect.poll(() => textOf(sidebar, testId('case-id')), { timeout: 15_000 }).toBe('C-1003');
    expect(await textOf(sidebar, testId('case-subject'))).toBe(subject);
    await expect
      .poll(() => textOf(sidebar, testId('provenance')), { timeout: 20_000 })
      .toContain('stand-in');
    expect(
      await sidebar.$('::-p-xpath(//button[normalize-space()="Dock in page"])'),
    ).not.toBeNull();
    await sidebar.close();
    await page.close();
  });
});

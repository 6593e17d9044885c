import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasPanel, startHarness, type Harness } from './harness';

describe('the browser side panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
  });
  afterAll(() => h.close());

  test('shows the case of the console tab and follows its navigation', async () => {
    const consoleTab = await h.context.newPage();
    await consoleTab.goto(h.consoleUrl('/console/cases/C-1011'));
    await h.panelFrame(consoleTab);
    const side = await h.context.newPage();
    await side.goto(h.extensionUrl('sidepanel.html'));
    await expect.poll(() => side.getByTestId('case-id').textContent()).toBe('C-1011');

    await consoleTab.bringToFront();
    await consoleTab.locator('.pager-next').click();
    await expect.poll(() => side.getByTestId('case-id').textContent()).toBe('C-1012');
    await Promise.all([consoleTab.close(), side.close()]);
  });

  test('a reviewer can move the panel from the page to the side panel and back', async () => {
    const consoleTab = await h.context.newPage();
    await consoleTab.goto(h.consoleUrl('/console/cases/C-1001'));
    const docked = await h.panelFrame(consoleTab);
    await docked.getByRole('button', { name: 'Side panel' }).click();
    await expect.poll(() => consoleTab.locator('caselight-dock').count()).toBe(0);
    await expect.poll(() => hasPanel(h, consoleTab)).toBe(false);

    const side = await h.context.newPage();
    await side.goto(h.extensionUrl('sidepanel.html'));
    await expect.poll(() => side.getByTestId('case-id').textContent()).toBe('C-1001');
    await side.getByRole('button', { name: 'Dock in page' }).click();
    await expect.poll(() => consoleTab.locator('caselight-dock').count()).toBe(1);
    await Promise.all([consoleTab.close(), side.close()]);
  });
});

describe('faults', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  test('with the case API down the panel still shows the case and says the API is unreachable', async () => {
    await h.configure({ caseApiUrl: 'http://127.0.0.1:9/api' });
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1002'));
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1002');
    await expect.poll(() => panel.getByTestId('api-status').textContent()).toContain('unreachable');
    await page.close();
  });

  test('a wrong sign-in token is named as such', async () => {
    await h.configure({ token: 'not-a-real-token' });
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1002'));
    const panel = await h.panelFrame(page);
    await expect
      .poll(() => panel.getByTestId('api-status').textContent())
      .toContain('refused the sign-in token');
    await page.close();
  });

  test('messages from the host page cannot reach the background', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1003'));
    const reachable = await page.evaluate(
      () =>
        typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
          ?.sendMessage,
    );
    expect(reachable).toBe('undefined');
    await page.close();
  });
});

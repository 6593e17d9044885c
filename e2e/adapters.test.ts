import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classicAdapter } from './classic-adapter';
import { hasPanel, startHarness, type Harness } from './harness';

describe('a console added at run time', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ apiFaults: true });
    await h.configure();
  });
  afterAll(() => h.close());

  const ticketUrl = (id: string) =>
    `${h.api.url.replace('127.0.0.1', 'localhost')}/classic/ticket?id=${id}`;

  test('is read once its adapter is saved, reports a redesign by field, and leaves when removed', async () => {
    const consolePage = await h.context.newPage();
    await consolePage.goto(ticketUrl('C-1002'));
    await consolePage.locator('table.ticket-thread').waitFor();
    await consolePage.waitForTimeout(300);
    expect(hasPanel(h, consolePage)).toBe(false);

    const lead = await h.context.newPage();
    await lead.goto(h.extensionUrl('options.html'));
    await lead.getByRole('link', { name: 'Console adapters' }).click();
    const editor = lead.getByTestId('adapter-json');
    await editor.fill('{ "format": "caselight-adapter/1", "id": "x" }');
    await expect.poll(() => lead.getByTestId('adapter-problems').textContent()).toContain('name:');
    await editor.fill(JSON.stringify(classicAdapter, null, 2));
    await lead.getByRole('button', { name: 'Save and allow its sites' }).click();
    await lead.getByTestId('adapter-classic-admin').waitFor();

    // The tab that was already open gets the panel without a reload.
    const panel = await h.panelFrame(consolePage);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1002');
    const subject = await consolePage.locator('h2.ticket-title').textContent();
    expect(await panel.getByTestId('case-subject').textContent()).toBe(subject);
    const rows = await consolePage.locator('table.ticket-thread tr.msg:not([hidden])').count();
    expect(await panel.getByTestId('case-items').textContent()).toBe(String(rows));
    expect(await panel.getByTestId('case-console').textContent()).toContain('classic-admin');

    // The console is redesigned under the adapter: the panel names the broken field.
    await fetch(`${h.api.url}/api/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ classicDesign: 2 }),
    });
    await consolePage.reload();
    const after = await h.panelFrame(consolePage);
    const alert = after.getByTestId('case-unreadable');
    await expect.poll(() => alert.textContent()).toContain('items (table.ticket-thread tr.msg)');
    expect(await alert.textContent()).toContain('/classic/ticket');
    await expect
      .poll(() => lead.getByTestId('adapter-health').textContent())
      .toContain('1 broken read');

    await lead.getByTestId('adapter-classic-admin').getByRole('button', { name: 'Remove' }).click();
    await lead.getByRole('button', { name: 'Remove for good' }).click();
    await expect.poll(() => lead.getByTestId('adapter-classic-admin').count()).toBe(0);
    const fresh = await h.context.newPage();
    await fresh.goto(ticketUrl('C-1002'));
    await fresh.locator('.ticket-props').waitFor();
    await fresh.waitForTimeout(500);
    expect(hasPanel(h, fresh)).toBe(false);
  });
});

describe('building an adapter by pointing at the page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
  });
  afterAll(() => h.close());

  test('the lead picks the messages and their text, tests on the tab and saves', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/classic/ticket?id=C-1003'));
    const panel = await h.panelFrame(page);
    await panel.getByRole('button', { name: 'Build adapter for this page' }).click();
    await panel.getByRole('button', { name: /Allow Caselight on 127\.0\.0\.1 and start/ }).click();
    const builder = panel.getByTestId('adapter-builder');
    await builder.waitFor();

    // Pick one message row; the builder generalises it to all of them.
    await builder.getByTestId('rule-items').getByRole('button', { name: 'Pick' }).click();
    await expect.poll(() => builder.getByRole('status').textContent()).toContain('Click one');
    const row = page.locator('table.ticket-thread tr.msg:not([hidden])').nth(1);
    await row.hover();
    await row.click();
    const rows = await page.locator('table.ticket-thread tr.msg:not([hidden])').count();
    const itemsSelector = builder.getByRole('textbox', { name: 'Messages selector' });
    await expect.poll(() => itemsSelector.inputValue()).toMatch(/tr/);
    expect(await page.locator(await itemsSelector.inputValue()).count()).toBeGreaterThanOrEqual(
      rows,
    );
    await expect
      .poll(() => builder.getByTestId('rule-items').textContent())
      .toContain(`${rows} matches`);

    await builder.getByTestId('rule-items.text').getByRole('button', { name: 'Pick' }).click();
    await page.locator('table.ticket-thread tr.msg:not([hidden]) td.msg-text').first().click();
    await expect
      .poll(() => builder.getByRole('textbox', { name: 'Message text selector' }).inputValue())
      .not.toBe('');
    await builder.getByRole('textbox', { name: 'Name' }).fill('Classic by picking');
    // Selectors are shown for editing: the lead types the case area instead of picking it.
    await builder.getByRole('button', { name: 'Test on this tab' }).click();
    await expect
      .poll(() => builder.getByTestId('adapter-problems').textContent())
      .toContain('ready:');
    await builder.getByRole('textbox', { name: 'Case area selector' }).fill('table.ticket-props');

    await builder.getByRole('button', { name: 'Test on this tab' }).click();
    const report = builder.getByTestId('adapter-test-report');
    await expect
      .poll(() => report.getByRole('status').textContent())
      .toContain(`Read case C-1003 with ${rows} messages`);
    const firstText = await page
      .locator('table.ticket-thread tr.msg:not([hidden]) td.msg-text')
      .first()
      .textContent();
    expect(await report.locator('tr[data-field="items.text"]').textContent()).toContain(
      firstText!.trim().slice(0, 20),
    );

    await builder.getByRole('button', { name: 'Save adapter' }).click();
    const adapters = await h.context.newPage();
    await adapters.goto(h.extensionUrl('adapters.html'));
    await expect
      .poll(() => adapters.getByTestId('adapter-list').textContent())
      .toContain('Classic by picking');
    // Clicks while not picking reach the console as usual.
    expect(await page.evaluate(() => document.querySelector('caselight-picker') === null)).toBe(
      true,
    );
  });
});

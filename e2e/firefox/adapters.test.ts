import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classicAdapter } from '../classic-adapter';
import { button, clickIn, pause, testId, textOf } from './dom';
import { startFirefoxHarness, type FirefoxHarness } from './harness';

describe('Firefox: a console added at run time', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
    await h.configure();
  });
  afterAll(() => h?.close());

  // `localhost` is no console the manifest's content script covers: only the adapter saved at
  // run time (scripting.registerContentScripts) can put the panel there.
  const ticketUrl = (id: string) =>
    `${h.api.url.replace('127.0.0.1', 'localhost')}/classic/ticket?id=${id}`;

  test('is read once its adapter is saved on the adapters page', async () => {
    const before = await h.browser.newPage();
    await before.goto(ticketUrl('C-1002'));
    await before.waitForSelector('table.ticket-thread');
    await pause(500);
    // No dock at all: the panel's frame lives in it.
    expect(await before.evaluate(() => document.querySelector('caselight-dock'))).toBeNull();
    await before.close();

    const lead = await h.tabs.open('adapters.html');
    const editor = await lead.waitForSelector(testId('adapter-json'));
    // Typed in one go, as a paste would: key by key would take a minute for this JSON.
    await editor!.evaluate(
      (el, text) => {
        const area = el as HTMLTextAreaElement;
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
        setValue.set!.call(area, text);
        area.dispatchEvent(new Event('input', { bubbles: true }));
      },
      JSON.stringify(classicAdapter, null, 2),
    );
    await clickIn(lead, button('Save and allow its sites'));
    await lead.waitForSelector(testId('adapter-classic-admin'), { timeout: 10_000 });

    const page = await h.browser.newPage();
    await page.goto(ticketUrl('C-1002'));
    const panel = await h.panelFrame(page);
    await expect.poll(() => textOf(panel, testId('case-id')), { timeout: 15_000 }).toBe('C-1002');
    expect(await textOf(panel, testId('case-subject'))).toBe(await textOf(page, 'h2.ticket-title'));
    expect(await textOf(panel, testId('case-console'))).toContain('classic-admin');
    await page.close();
    await lead.close();
  });
});

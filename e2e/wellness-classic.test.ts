import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classicAdapter } from './classic-adapter';
import { startHarness, type Harness } from './harness';
import { probeMediaFrames, readMediaFrames } from './media-frame-probe';

const MEDIA = 'table.ticket-thread td.msg-files img';
const filterOf = (page: Page, nth: number) =>
  page
    .locator(MEDIA)
    .nth(nth)
    .evaluate((el) => getComputedStyle(el).filter);

/**
 * The classic console (server-rendered tables, a full page load per ticket), read by its
 * built-in adapter and, on another host, by a lead's declarative adapter: case images filtered
 * from the first frame, revealed by click and by key; the page around the case left alone.
 */
async function visitTicket(page: Page, url: string) {
  await probeMediaFrames(page, MEDIA);
  await page.goto(url, { waitUntil: 'load' });
  const images = page.locator(MEDIA);
  await expect.poll(() => images.count()).toBeGreaterThan(1);
  await expect
    .poll(() => images.evaluateAll((els) => els.every((el) => (el as HTMLImageElement).complete)))
    .toBe(true);
  await page.waitForTimeout(300);
  const frames = await readMediaFrames(page);
  const title = await page.locator('h2.ticket-title').evaluate((el) => getComputedStyle(el).filter);
  const byClick = [await filterOf(page, 0)];
  for (const _ of [1, 2]) {
    await images.nth(0).click();
    byClick.push(await filterOf(page, 0));
  }
  const byKey = [await filterOf(page, 1)];
  await images.nth(1).hover();
  for (const _ of [1, 2]) {
    await page.keyboard.press('Alt+Shift+KeyU');
    byKey.push(await filterOf(page, 1));
  }
  return { painted: frames.frames > 3, unfiltered: frames.unfiltered, title, byClick, byKey };
}

const STEPS = ['grayscale(1) blur(24px)', 'grayscale(1)', 'none'];
/** Painted filtered from the first frame, each step revealed, the page around it untouched. */
const EXPECTED = { painted: true, unfiltered: 0, title: 'none', byClick: STEPS, byKey: STEPS };

describe('reviewer wellness on the classic console', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
  });
  afterAll(() => h.close());

  test('its built-in adapter: filtered from the first frame, revealed by click and by key', async () => {
    const page = await h.context.newPage();
    expect(await visitTicket(page, h.consoleUrl('/classic/ticket?id=C-1012'))).toEqual(EXPECTED);
    await page.close();
  });

  test("a lead's declarative adapter for it, on a host of its own: the same", async () => {
    const lead = await h.context.newPage();
    await lead.goto(h.extensionUrl('options.html'));
    await lead.getByRole('link', { name: 'Console adapters' }).click();
    await lead.getByTestId('adapter-json').fill(JSON.stringify(classicAdapter, null, 2));
    await lead.getByRole('button', { name: 'Save and allow its sites' }).click();
    await lead.getByTestId('adapter-classic-admin').waitFor();
    await lead.close();
    const page = await h.context.newPage();
    const host = h.api.url.replace('127.0.0.1', 'localhost');
    expect(await visitTicket(page, `${host}/classic/ticket?id=C-1012`)).toEqual(EXPECTED);
    await page.close();
  });
});

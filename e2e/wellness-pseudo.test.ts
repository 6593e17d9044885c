import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';
import { PSEUDO_CSS, pseudoCasePage } from './wellness-pages';

/** Per frame, whether the case's `::before`/`::after` images were painted without blur. */
const PROBE = `(() => {
  const count = { frames: 0, unfiltered: 0 };
  window.__pseudoFrames = count;
  const tick = () => {
    count.frames += 1;
    const shown = [['#thumb', '::before'], ['#badge', '::after']].some(([id, part]) => {
      const el = document.querySelector(id);
      return el && !getComputedStyle(el, part).filter.includes('blur');
    });
    if (shown) count.unfiltered += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const pseudoFilter = (page: Page, selector: string, part: '::before' | '::after') =>
  page.locator(selector).evaluate((el, p) => getComputedStyle(el, p).filter, part);

describe('reviewer wellness: images on ::before and ::after in the case', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const open = async (id: string, sheet?: string) => {
    const page = await h.context.newPage();
    const url = h.consoleUrl(`/console/cases/${id}`);
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: pseudoCasePage(id, sheet) }),
    );
    if (sheet)
      await page.route(sheet, (route) =>
        route.fulfill({ contentType: 'text/css', body: PSEUDO_CSS }),
      );
    await page.addInitScript({ content: PROBE });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };

  test('filtered from the first frame, the console’s !important too; the logo outside is not', async () => {
    const page = await open('P-1');
    await page.waitForTimeout(300);
    const frames = (await page.evaluate(() => Reflect.get(window, '__pseudoFrames'))) as {
      frames: number;
      unfiltered: number;
    };
    expect(frames.frames).toBeGreaterThan(3);
    expect(frames.unfiltered).toBe(0);
    expect(await pseudoFilter(page, '#thumb', '::before')).toBe('grayscale(1) blur(24px)');
    expect(await pseudoFilter(page, '#badge', '::after')).toBe('grayscale(1) blur(24px)');
    // The carrier itself (its text, its layout) is not filtered, nor is the logo outside.
    expect(await page.locator('#thumb').evaluate((el) => getComputedStyle(el).filter)).toBe('none');
    expect(await pseudoFilter(page, '#logo', '::before')).toBe('none');
    // One the console adds later is filtered in the style its first frame paints with.
    const lazy = await page.evaluate(() => {
      const span = document.createElement('span');
      span.className = 'thumb';
      document.querySelector('.gallery')!.append(span);
      return getComputedStyle(span, '::before').filter;
    });
    expect(lazy).toBe('grayscale(1) blur(24px)');
    await page.close();
  });

  test('a click reveals one step, a key too; a rebuilt element keeps its reveal', async () => {
    const page = await open('P-2');
    await page.locator('#thumb').click();
    expect(await pseudoFilter(page, '#thumb', '::before')).toBe('grayscale(1)');
    await page.locator('#thumb').click();
    expect(await pseudoFilter(page, '#thumb', '::before')).toBe('none');
    await page.locator('#badge').hover();
    await page.keyboard.press('Alt+Shift+KeyU');
    expect(await pseudoFilter(page, '#badge', '::after')).toBe('grayscale(1)');
    await page.evaluate(() => {
      const gallery = document.querySelector('.gallery')!;
      gallery.innerHTML = gallery.innerHTML.replaceAll(/ data-caselight-reveal="\d"/g, '');
    });
    expect(await pseudoFilter(page, '#thumb', '::before')).toBe('none');
    expect(await pseudoFilter(page, '#badge', '::after')).toBe('grayscale(1)');
    await page.close();
  });

  test("from another origin's sheet (unreadable), they are found and filtered once idle", async () => {
    const sheet = h.consoleUrl('/pseudo.css').replace('127.0.0.1', 'localhost');
    const page = await open('P-3', sheet);
    await expect
      .poll(() => pseudoFilter(page, '#thumb', '::before'))
      .toBe('grayscale(1) blur(24px)');
    expect(await pseudoFilter(page, '#logo', '::before')).toBe('none');
    await page.locator('#thumb').click();
    expect(await pseudoFilter(page, '#thumb', '::before')).toBe('grayscale(1)');
    await page.close();
  });
});

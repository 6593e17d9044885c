import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFirefoxHarness, type FirefoxHarness } from './harness';

/** What the frame probe (`../media-frame-probe.ts`) counts, as Firefox paints. */
const PROBE = `(() => {
  const count = { frames: 0, unfiltered: 0 };
  window.__mediaFrames = count;
  const tick = () => {
    count.frames += 1;
    const shown = [...document.querySelectorAll('.case-view .attachment img')].filter(
      (el) => el.complete && el.naturalWidth > 0,
    );
    if (shown.some((el) => !getComputedStyle(el).filter.includes('blur'))) count.unfiltered += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

describe('Firefox: the media filters in the console page', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
    await h.configure();
  });
  afterAll(() => h?.close());

  test('case media is filtered from the first frame, revealed by clicks; the rest is left alone', async () => {
    const page = await h.browser.newPage();
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(h.consoleUrl('/console/cases/C-1007'), { waitUntil: 'load' });
    const filter = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).filter);
    await page.waitForSelector('.attachment img');
    await page.waitForFunction(() => document.querySelector('img')?.complete === true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const frames = (await page.evaluate(() => Reflect.get(window, '__mediaFrames'))) as {
      frames: number;
      unfiltered: number;
    };
    expect(frames.frames).toBeGreaterThan(3);
    expect(frames.unfiltered).toBe(0);
    expect(await filter('.attachment img')).toBe('grayscale(1) blur(24px)');
    expect(await filter('body')).toBe('none');
    await page.click('.attachment img');
    await expect.poll(() => filter('.attachment img')).toBe('grayscale(1)');
    await page.click('.attachment img');
    await expect.poll(() => filter('.attachment img')).toBe('none');
    await page.close();
  });
});

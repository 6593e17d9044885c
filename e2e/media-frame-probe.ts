import type { Page } from 'playwright-core';

export interface FrameCount {
  frames: number;
  unfiltered: number;
}

/**
 * Counts, in the page itself, every frame (one `requestAnimationFrame` turn, run right before
 * the browser paints) and those in which a case medium was on screen, loaded and not blurred.
 * Installed before the page's own scripts, so it sees the first frame of a full page load.
 * Plain source text: a serialised function would carry the helpers tsx adds (`__name`).
 */
const PROBE = `
(() => {
  const count = { frames: 0, unfiltered: 0 };
  window.__mediaFrames = count;
  const shown = (el) => {
    if (el instanceof HTMLImageElement && !(el.complete && el.naturalWidth > 0)) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.bottom > 0 && box.top < innerHeight;
  };
  const tick = () => {
    count.frames += 1;
    const media = [...document.querySelectorAll(SELECTOR)];
    if (media.some((el) => shown(el) && !getComputedStyle(el).filter.includes('blur')))
      count.unfiltered += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export async function probeMediaFrames(page: Page, caseMedia: string): Promise<void> {
  await page.addInitScript({ content: PROBE.replace('SELECTOR', JSON.stringify(caseMedia)) });
}

export function readMediaFrames(page: Page): Promise<FrameCount> {
  return page.evaluate(() => Reflect.get(window, '__mediaFrames') as FrameCount);
}

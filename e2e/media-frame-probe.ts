import type { Page } from 'playwright-core';

export interface FrameCount {
  frames: number;
  unfiltered: number;
}

/**
 * Counts, in the page itself, every frame (one `requestAnimationFrame` turn, run right before
 * the browser paints) and those in which a case medium was on screen, loaded and not blurred.
 * Installed before the page's own scripts, so it sees the first frame of a full page load.
 */
export async function probeMediaFrames(page: Page, caseMedia: string): Promise<void> {
  await page.addInitScript((selector: string) => {
    const count = { frames: 0, unfiltered: 0 };
    Object.assign(window, { __mediaFrames: count });
    const shown = (el: Element) => {
      if (el instanceof HTMLImageElement && !(el.complete && el.naturalWidth > 0)) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.bottom > 0 && box.top < innerHeight;
    };
    const tick = () => {
      count.frames += 1;
      const media = [...document.querySelectorAll(selector)];
      if (media.some((el) => shown(el) && !getComputedStyle(el).filter.includes('blur')))
        count.unfiltered += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, caseMedia);
}

export function readMediaFrames(page: Page): Promise<FrameCount> {
  return page.evaluate(() => Reflect.get(window, '__mediaFrames') as FrameCount);
}

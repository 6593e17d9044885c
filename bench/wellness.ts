import type { Page } from 'playwright-core';
import { startHarness } from '../e2e/harness';
import { probeMediaFrames, readMediaFrames } from '../e2e/media-frame-probe';
import { hostileCasePage, hostileCaseView } from '../e2e/wellness-pages';
import { percentile } from './case-to-panel';
import type { Figure } from './page-load';

/**
 * Wellness media filters (issue 22). `unfiltered_media_frames`: over 50 case loads (25 full
 * page loads, 25 client-side turns to the next case) of a case with 10 images and a video,
 * styled by the console with `!important` filters, the frames (one per `requestAnimationFrame`
 * turn, right before the browser paints, counted in the page) in which any case medium was on
 * screen, loaded and not blurred. `media_filter_applied_ms`: media inserted into the case →
 * its computed style is filtered, p95 over images and stylesheet background images on elements
 * and on their `::before`.
 */
const LOADS = 25;
const INSERTS = 200;
const round = (n: number) => Math.round(n * 100) / 100;

/** The console's own next-case turn: a new case element and a pushState, no page load. */
function turnToCase(page: Page, id: string): Promise<void> {
  return page.evaluate(
    ([next, html]) => {
      history.pushState({}, '', `/console/cases/${next}`);
      document.querySelector('.case-view')!.outerHTML = html;
    },
    [id, hostileCaseView(id)] as const,
  );
}

function insertTimes(page: Page): Promise<number[]> {
  return page.evaluate(async (count) => {
    const thread = document.querySelector('.thread')!;
    // No inner functions: tsx names them with a helper the page does not have.
    const blurred = /blur/;
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement(i % 3 ? 'span' : 'img');
      if (el instanceof HTMLImageElement)
        el.src = `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" width="${i + 1}" height="4"/>`;
      // A background image from the console's stylesheet, on the element or on its ::before.
      else el.className = i % 3 === 1 ? 'poster-bg' : 'pseudo-thumb';
      const part = el.className === 'pseudo-thumb' ? '::before' : null;
      const start = performance.now();
      thread.append(el);
      // Checked as the page would see it: at once, after the current microtasks, next frame.
      if (!blurred.test(getComputedStyle(el, part).filter)) await Promise.resolve();
      if (!blurred.test(getComputedStyle(el, part).filter))
        await new Promise(requestAnimationFrame);
      times.push(
        blurred.test(getComputedStyle(el, part).filter) ? performance.now() - start : 1000,
      );
      el.remove();
    }
    return times;
  }, INSERTS);
}

export async function wellnessFigures(): Promise<Figure[]> {
  const h = await startHarness();
  try {
    const page = await h.context.newPage();
    await page.route(/\/console\/cases\/W-\d+$/, (route) =>
      route.fulfill({ contentType: 'text/html', body: hostileCasePage('W-0') }),
    );
    await probeMediaFrames(page, '.case-view img, .case-view video');
    let unfiltered = 0;
    let frames = 0;
    const tally = async () => {
      const count = await readMediaFrames(page);
      [unfiltered, frames] = [unfiltered + count.unfiltered, frames + count.frames];
    };
    for (let i = 0; i < LOADS; i++) {
      await page.goto(h.consoleUrl(`/console/cases/W-${i}`), { waitUntil: 'load' });
      await page.waitForTimeout(100);
      await tally();
    }
    await page.goto(h.consoleUrl('/console/cases/W-100'), { waitUntil: 'load' });
    for (let i = 1; i <= LOADS; i++) {
      await page.evaluate(() =>
        Object.assign(Reflect.get(window, '__mediaFrames'), { frames: 0, unfiltered: 0 }),
      );
      await turnToCase(page, `W-${100 + i}`);
      await page.waitForTimeout(100);
      await tally();
    }
    const times = await insertTimes(page);
    console.error(`wellness: ${frames} frames probed over ${LOADS * 2} loads`);
    return [
      { key: 'unfiltered_media_frames', value: unfiltered, unit: 'frames', goal: '0' },
      {
        key: 'media_filter_applied_ms',
        value: round(percentile(times, 95)),
        unit: 'ms',
        goal: '≤ 16',
      },
    ];
  } finally {
    await h.close();
  }
}

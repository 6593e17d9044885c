import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';
import { probeMediaFrames, readMediaFrames } from './media-frame-probe';
import { hostileCasePage } from './wellness-pages';

type ChromeGlobal = {
  chrome: {
    storage: {
      local: {
        set(items: object): Promise<void>;
        get(key: string): Promise<Record<string, object | undefined>>;
      };
    };
  };
};

const filterOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).filter);

describe('reviewer wellness: case media filters in the console page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  test('a full page load of the classic console never paints its case images unfiltered', async () => {
    const page = await h.context.newPage();
    await probeMediaFrames(page, 'table.ticket-thread img');
    await page.goto(h.consoleUrl('/classic/ticket?id=C-1007'), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const count = await readMediaFrames(page);
    expect(count.frames).toBeGreaterThan(3);
    expect(count.unfiltered).toBe(0);
    expect(await filterOf(page, 'table.ticket-thread img')).toBe('grayscale(1) blur(24px)');
    await page.close();
  });

  test('the demo console: blurred, then a click unblurs, a second click gives the colour back', async () => {
    const page = await h.context.newPage();
    await probeMediaFrames(page, '.case-view .attachment img');
    await page.goto(h.consoleUrl('/console/cases/C-1007'));
    const image = page.locator('.attachment img').first();
    await image.waitFor();
    await expect.poll(() => image.evaluate((el: HTMLImageElement) => el.complete)).toBe(true);
    expect(await filterOf(page, '.attachment img')).toBe('grayscale(1) blur(24px)');
    expect((await readMediaFrames(page)).unfiltered).toBe(0);
    await image.click();
    expect(await filterOf(page, '.attachment img')).toBe('grayscale(1)');
    await image.click();
    expect(await filterOf(page, '.attachment img')).toBe('none');
    // The console rebuilds the element from its own state (none of our marks): the reveal
    // stays with that image within the case.
    const rebuild = () =>
      page.evaluate(() => {
        const attachment = document.querySelector('.attachment')!;
        attachment.innerHTML = attachment.innerHTML.replaceAll(
          / data-caselight-[\w-]+="[^"]*"/g,
          '',
        );
      });
    await rebuild();
    expect(await filterOf(page, '.attachment img')).toBe('none');
    // The same image on another case (a single-page console's next case) is filtered again.
    await page.evaluate(() => history.pushState({}, '', '/console/cases/C-1008'));
    await rebuild();
    expect(await filterOf(page, '.attachment img')).toBe('grayscale(1) blur(24px)');
    await page.close();
  });

  test('client-side navigation to the next case filters its media from its first frame', async () => {
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1011'));
    await page.locator('.case-view').waitFor();
    await page.evaluate(() => {
      const count = { frames: 0, unfiltered: 0 };
      Object.assign(window, { __mediaFrames: count, sameDocument: true });
      const tick = () => {
        count.frames += 1;
        const media = [...document.querySelectorAll('.case-view .attachment img')];
        if (media.some((el) => !getComputedStyle(el).filter.includes('blur'))) count.unfiltered++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.locator('.pager-next').click();
    await expect.poll(() => page.url()).toContain('/console/cases/C-1012');
    await page.locator('.attachment img').first().waitFor();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect((await readMediaFrames(page)).unfiltered).toBe(0);
    expect(await filterOf(page, '.attachment img')).toBe('grayscale(1) blur(24px)');
    await page.close();
  });

  test("a console's own !important filters do not defeat it; media outside the case is left alone", async () => {
    const page = await h.context.newPage();
    const url = h.consoleUrl('/console/cases/H-1');
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: hostileCasePage('H-1') }),
    );
    await probeMediaFrames(page, '.case-view img, #bg');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect((await readMediaFrames(page)).unfiltered).toBe(0);
    // The console's stylesheet background is filtered by a rule made from that stylesheet, not
    // by reading each element's computed style while the console renders (a page-load cost).
    expect(await page.locator('#bg').getAttribute('data-caselight-bg')).toBeNull();
    const filters = await page
      .locator('.case-view img')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).filter));
    expect(filters).toHaveLength(10);
    expect(new Set(filters)).toEqual(new Set(['grayscale(1) blur(24px)']));
    expect(await filterOf(page, '#bg')).toBe('grayscale(1) blur(24px)');
    expect(await filterOf(page, '#clip')).toBe('grayscale(1) blur(24px)');
    expect(await filterOf(page, '#outside')).toBe('none');
    // Fully revealed, the console's own inline filter is back.
    const first = page.locator('.case-view img').first();
    await first.click();
    await first.click();
    expect(await filterOf(page, '.case-view img')).toBe('none');
    expect(await first.evaluate((el: HTMLElement) => el.style.getPropertyPriority('filter'))).toBe(
      'important',
    );
    await page.close();
  });

  test('media added later is filtered at once; videos stay paused and muted; a key reveals', async () => {
    const page = await h.context.newPage();
    const url = h.consoleUrl('/console/cases/H-2');
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: hostileCasePage('H-2', 2) }),
    );
    await page.goto(url, { waitUntil: 'load' });
    // The console started the video itself on load, without the reviewer asking.
    await expect
      .poll(() => page.locator('#clip').evaluate((v: HTMLVideoElement) => [v.paused, v.muted]))
      .toEqual([true, true]);
    // The console's video outside the case is left as the console made it: not held, not muted.
    expect(
      await page.locator('#outside-clip').evaluate((v: HTMLVideoElement) => [v.autoplay, v.muted]),
    ).toEqual([true, false]);
    // (After it: page.evaluate counts as a user gesture, which a reviewer's start would be.)
    const lazy = await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = document.querySelector<HTMLImageElement>('#outside')!.src;
      document.querySelector('.thread')!.append(img);
      return getComputedStyle(img).filter; // the very style the next frame paints with
    });
    expect(lazy).toBe('grayscale(1) blur(24px)');
    await page.locator('#bg').hover();
    await page.keyboard.press('Alt+Shift+KeyU');
    expect(await filterOf(page, '#bg')).toBe('grayscale(1)');
    await page.close();
  });

  test("open console pages follow the reviewer's view: greyscale only, then filters off", async () => {
    const page = await h.context.newPage();
    const url = h.consoleUrl('/console/cases/H-3');
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: hostileCasePage('H-3', 2) }),
    );
    await page.goto(url, { waitUntil: 'load' });
    expect(await filterOf(page, '.case-view img')).toBe('grayscale(1) blur(24px)');
    const options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
    const store = (view: object) =>
      options.evaluate(
        (wellnessView) =>
          (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ wellnessView }),
        view,
      );
    await store({ mediaFilters: true, blur: false, greyscale: true });
    await expect.poll(() => filterOf(page, '.case-view img')).toBe('grayscale(1)');
    await store({ mediaFilters: false, blur: true, greyscale: true });
    await expect.poll(() => filterOf(page, '#bg')).toBe('none');
    // The console's own inline filter is given back once the filters are off.
    expect(
      await page
        .locator('.case-view img')
        .first()
        .evaluate((el: HTMLElement) => el.style.getPropertyPriority('filter')),
    ).toBe('important');
    await store({ mediaFilters: true, blur: true, greyscale: true });
    await options.close();
    await page.close();
  });

  test("the team's per-queue policy unfilters a case outside its queues, and only that case", async () => {
    const options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
    // As the background installs a lead's pack: its own IndexedDB copy, then the panels' copy.
    const setPolicy = (wellness: object | undefined) =>
      options.evaluate(async (policy) => {
        // oxlint-disable-next-line unicorn/consistent-function-scoping
        const request = <T>(r: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            r.addEventListener('success', () => resolve(r.result));
            r.addEventListener('error', () => reject(r.error));
          });
        const db = await request(indexedDB.open('caselight-guidance'));
        const store = () => db.transaction('pack', 'readwrite').objectStore('pack');
        const pack = { ...(await request(store().get('installed'))), wellness: policy };
        await request(store().put(pack, 'installed'));
        db.close();
        const local = (globalThis as unknown as ChromeGlobal).chrome.storage.local;
        await local.set({ guidancePack: pack });
      }, wellness);
    await setPolicy({ media: 'queues', queues: ['Counterfeit goods'] });
    const page = await h.context.newPage();
    await probeMediaFrames(page, '.case-view[data-case-id="C-1012"] .attachment img');
    // C-1007 is in "Graphic violence", not a filtered queue: once read, its media is shown.
    await page.goto(h.consoleUrl('/console/cases/C-1007'));
    await expect.poll(() => filterOf(page, '.attachment img'), { timeout: 15_000 }).toBe('none');
    // C-1011 (Harassment) then the console's next case, C-1012, in a filtered queue: its media
    // is filtered from the first frame it paints, and stays so once its queue is known.
    await page.goto(h.consoleUrl('/console/cases/C-1011'));
    const ourCss = () => page.locator('style[data-caselight]').evaluate((el) => el.textContent);
    await expect.poll(ourCss, { timeout: 15_000 }).not.toContain('filter');
    await page.locator('.pager-next').click();
    await page.locator('.case-view[data-case-id="C-1012"] .attachment img').first().waitFor();
    await page.waitForTimeout(1500);
    expect((await readMediaFrames(page)).unfiltered).toBe(0);
    expect(await filterOf(page, '.attachment img')).toBe('grayscale(1) blur(24px)');
    await setPolicy(undefined);
    await options.close();
    await page.close();
  });
});

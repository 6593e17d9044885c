import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';
import { probeMediaFrames, readMediaFrames } from './media-frame-probe';
import { redmineApi, useRedmine } from './redmine/use-redmine';

/**
 * The media filters on a console we did not build, read by a declarative adapter: Debian's
 * Redmine, with an image inline in a note (Textile `!url!`), as reporters paste screenshots.
 */
const redmine = useRedmine();

const filterOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).filter);

describe('reviewer wellness on a Redmine issue', () => {
  let h: Harness;
  let issueId: number;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
    const lead = await h.context.newPage();
    await lead.goto(h.extensionUrl('options.html'));
    await lead.getByRole('link', { name: 'Console adapters' }).click();
    await lead.getByLabel('Console address').fill(redmine().url);
    await lead.getByRole('button', { name: 'Make the definition' }).click();
    const editor = lead.getByTestId('adapter-json');
    for (let tries = 0; !(await editor.inputValue()).includes(redmine().url); tries++) {
      if (tries > 100) throw new Error('The Redmine preset never reached the editor');
      await lead.waitForTimeout(50);
    }
    await lead.getByRole('button', { name: 'Save and allow its sites' }).click();
    await lead.getByTestId('adapter-redmine').waitFor();
    await lead.close();
    issueId = redmine().seed.issues[0]!.id;
    const image = h.consoleUrl('/console/media/graphic-violence-placeholder.svg');
    const note = await redmineApi(redmine(), `/issues/${issueId}.json`, {
      method: 'PUT',
      key: redmine().seed.reviewerApiKey,
      json: { issue: { notes: `Screenshot of the post:\n\n!${image}!` } },
    });
    if (note.status !== 204) throw new Error(`note not added: ${note.status}`);
  });
  afterAll(() => h.close());

  test("the note's image is filtered from the first frame of a full page load, and revealed by clicks", async () => {
    const page = await h.context.newPage();
    await page.goto(`${redmine().url}/login`);
    await page.locator('#username').fill('tkim');
    await page.locator('#password').fill(redmine().seed.password);
    await page.locator('#login-submit').click();
    await page.locator('#loggedas').waitFor();
    const media = '#history div.journal div.wiki img';
    await probeMediaFrames(page, media);
    await page.goto(`${redmine().url}/issues/${issueId}`, { waitUntil: 'load' });
    const image = page.locator(media).last();
    await image.waitFor();
    await expect.poll(() => image.evaluate((el: HTMLImageElement) => el.complete)).toBe(true);
    await page.waitForTimeout(300);
    const frames = await readMediaFrames(page);
    expect(frames.frames).toBeGreaterThan(3);
    expect(frames.unfiltered).toBe(0);
    expect(await filterOf(page, media)).toBe('grayscale(1) blur(24px)');
    // Redmine's own chrome (the header, the sidebar) is outside the case: never filtered.
    expect(await filterOf(page, '#header')).toBe('none');
    await image.click();
    expect(await image.evaluate((el) => getComputedStyle(el).filter)).toBe('grayscale(1)');
    await image.click();
    expect(await image.evaluate((el) => getComputedStyle(el).filter)).toBe('none');
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe(String(issueId));
    await page.close();
  });
});

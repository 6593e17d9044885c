import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';
import { clearCachedScores } from './options-page';

const POLL = { timeout: 15_000 };

async function openCase(h: Harness, caseId: string): Promise<{ page: Page; panel: Frame }> {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000); // a missing element fails the test with a reason, not a hang
  await page.goto(h.consoleUrl(`/console/cases/${caseId}`));
  const panel = await h.panelFrame(page);
  await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe(caseId);
  return { page, panel };
}

/** Whether the element's middle is on screen: the console was scrolled to it. */
function isCentredInView(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  const middle = rect.top + rect.height / 2;
  return middle > 0 && middle < window.innerHeight;
}

const freshness = (panel: Frame) =>
  panel.getByTestId('provenance-freshness').first().textContent({ timeout: 15_000 });

describe('scores in the panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
  });
  afterAll(() => h.close());

  test('a crypto scam gets the spam/scam suggestion with the domain signal hit', async () => {
    const { page, panel } = await openCase(h, 'C-1003');
    const suggestion = panel.getByTestId('suggestion');
    await expect
      .poll(() => suggestion.getByTestId('suggested-policies').first().textContent(), POLL)
      .toContain('Spam, scams and phishing');
    const hits = await panel.getByTestId('signal-hit').allTextContents();
    expect(hits.some((t) => t.includes('domain'))).toBe(true);
    expect(await panel.getByTestId('signal-match').first().textContent()).toMatch(/\./);
    // The stand-in is named plainly on the scores themselves.
    expect(await panel.getByTestId('provenance').first().textContent()).toContain('stand-in');
    expect(await freshness(panel)).toBe('live');
    // What was sent is the redacted text, viewable on request.
    // It is read from the tab's storage only when opened.
    await panel.getByTestId('what-was-sent').locator('summary').click();
    const sent = () => panel.getByTestId('what-was-sent').textContent();
    await expect.poll(sent, POLL).toContain('"input"');
    expect(await sent()).toContain('omni-moderation-latest');
    await page.close();
  });

  test('a threat case shows the violence and threat categories with their scores and thresholds', async () => {
    const { page, panel } = await openCase(h, 'C-1002');
    await expect.poll(() => freshness(panel), POLL).toBe('live');
    // The threat (lying in wait at a named place and time) drives the threat categories, and
    // the message that carries it is listed among the riskiest.
    await panel.getByRole('button', { name: 'Show all 13 categories' }).click();
    const rows = panel.getByTestId('category-row');
    expect(await rows.count()).toBe(13);
    const row = (category: string) =>
      panel.locator(`[data-testid="category-row"][data-category="${category}"]`);
    const percent = async (category: string) =>
      Number((await row(category).getByTestId('category-score').textContent())!.replace('%', ''));
    expect(await percent('harassment/threatening')).toBeGreaterThanOrEqual(50);
    expect(await percent('violence')).toBeGreaterThanOrEqual(30);
    expect(await panel.getByTestId('risky-item').first().textContent()).toContain(
      "I'll be waiting next to your car",
    );
    // Each bar carries the threshold in force and the policy that sets it.
    expect(await row('harassment/threatening').textContent()).toContain('Threats of violence');
    expect(await row('violence').textContent()).toContain('Threshold');

    // Clicking the category shows its driving message in the console: scrolled into view and
    // ringed by the content script, with no score text written into the page.
    const threat = page.locator('.message', { hasText: "I'll be waiting next to your car" });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await row('harassment/threatening')
      .getByRole('button', { name: 'harassment/threatening' })
      .click();
    await expect.poll(() => page.locator('caselight-highlight').count()).toBe(1);
    await expect.poll(() => threat.evaluate(isCentredInView)).toBe(true);
    expect(await page.locator('caselight-highlight').evaluate((el) => el.shadowRoot)).toBeNull();
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/\d+%/);
    await expect.poll(() => page.locator('caselight-highlight').count(), POLL).toBe(0);
    await page.close();
  });

  test('revisiting a case serves its scores from the cache', async () => {
    const { page, panel } = await openCase(h, 'C-1003');
    await expect.poll(() => freshness(panel), POLL).toBe('cached');
    await page.close();
  });

  test('after "Clear cached scores" in the options, a revisit is scored live again', async () => {
    expect(await clearCachedScores(h.context, h.extensionId)).toBeGreaterThan(0);
    const before = h.standIn.requests.filter((r) => r.path === '/v1/moderations').length;
    const { page, panel } = await openCase(h, 'C-1003');
    await expect.poll(() => freshness(panel), POLL).toBe('live');
    const after = h.standIn.requests.filter((r) => r.path === '/v1/moderations').length;
    expect(after).toBeGreaterThan(before);
    await page.close();
  });

  test('a 429 from the provider shows a rate-limit message, then the scores arrive', async () => {
    const modelChecks = () => h.standIn.requests.filter((r) => r.path === '/v1/models').length;
    // Saving the options checks the model server; panels opening in the next 30 s share that
    // healthy answer instead of checking again, so the faulted request can only be scoring's.
    await h.configure();
    const checksBefore = modelChecks();
    const { page, panel } = await openCase(h, 'C-1005');
    await expect.poll(() => freshness(panel), POLL).toBe('live');
    await page.waitForTimeout(800); // past the panel's first connection check (400 ms in)
    expect(modelChecks()).toBe(checksBefore);
    // Fault the next request only: the scoring of the case navigated to next.
    h.standIn.setFaults({ mode: 'rate-limit', count: 1, retryAfterSeconds: 1 });
    await page.locator('.pager-next').click();
    await expect.poll(() => panel.getByTestId('case-id').textContent()).not.toBe('C-1005');
    await expect
      .poll(() => panel.getByTestId('scoring-notice').textContent(), POLL)
      .toContain('Rate limited');
    await expect.poll(() => freshness(panel), POLL).toBe('live');
    expect(await panel.getByTestId('model-problem').count()).toBe(0);
    await page.close();
  });
});

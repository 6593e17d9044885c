import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS } from '../server';
import { startHarness, type Harness } from './harness';

/**
 * QA in the panel, end to end: a lead's rules sample a reviewer's live decision; a QA reviewer
 * decides the case blind in the same panel and keys, then sees the original and scores it; the
 * original reviewer sees the result and the QA note and disputes it; the lead settles it.
 */

const POLL = { timeout: 20_000 };
const CASE = 'C-1002';

const asLead = (h: Harness, method: string, path: string, body: object) =>
  fetch(`${h.api.url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${DEMO_TOKENS.lead}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function openCase(h: Harness): Promise<{ page: Page; panel: Frame }> {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(h.consoleUrl(`/console/cases/${CASE}`));
  const panel = await h.panelFrame(page);
  await expect.poll(() => panel.getByTestId('case-id').textContent(), POLL).toBe(CASE);
  return { page, panel };
}

/** Picks an action by its hotkey, gives a reason if the model suggested otherwise, submits. */
async function decide(page: Page, panel: Frame, hotkey: string, note: string) {
  await panel.getByTestId('provenance-freshness').first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Alt+Shift+K');
  await page.keyboard.press(hotkey);
  const reason = panel.getByLabel('Override reason');
  if (await reason.count()) await reason.fill('Context the model cannot see.');
  await panel.getByLabel(/Note/).fill(note);
  await page.keyboard.press('Control+Enter');
  const state = panel.getByTestId('decision-state');
  await expect.poll(() => state.textContent(), POLL).toBe('Delivered');
}

describe('QA sampling in the panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure({ undoWindowSeconds: 0 });
  });
  afterAll(() => h.close());

  test('sampled, decided blind and scored by QA, disputed by the reviewer, settled by the lead', async () => {
    const live = await openCase(h);
    await decide(live.page, live.panel, '3', 'LIVE-NOTE: scam link removed.');
    await live.page.close();
    expect((await asLead(h, 'PUT', '/qa/rules', { defaultPercent: 100 })).status).toBe(200);
    expect((await asLead(h, 'POST', '/qa/sample', {})).status).toBe(200);

    // The QA reviewer: the case is a QA item, decided blind (no sign of the original).
    await h.configure({ token: DEMO_TOKENS.qa, undoWindowSeconds: 0 });
    const qa = await openCase(h);
    await expect.poll(() => qa.panel.getByTestId('qa-banner').count(), POLL).toBe(1);
    expect(await qa.panel.getByTestId('qa-queue').textContent()).toContain('1 case(s)');
    expect(await qa.panel.getByTestId('already-decided').count()).toBe(0);
    expect(await qa.panel.locator('body').textContent()).not.toContain('LIVE-NOTE');
    await decide(qa.page, qa.panel, '2', 'QA: a warning is enough here.');
    const original = qa.panel.getByTestId('qa-original');
    await expect.poll(() => original.textContent(), POLL).toContain('LIVE-NOTE');
    expect(await original.textContent()).toContain('Remove content');
    const score = qa.panel.getByTestId('qa-score');
    await score.getByRole('group', { name: 'Right action' }).getByLabel('Fail').check();
    await score.getByRole('group', { name: 'Right policy' }).getByLabel('Pass').check();
    await score.getByRole('group', { name: 'Note adequate' }).getByLabel('Pass').check();
    await score.getByRole('group', { name: 'Escalation right' }).getByLabel('N/A').check();
    await score.getByLabel('QA note').fill('QA-NOTE: first offence, warn per 4.2.');
    await score.getByRole('button', { name: 'Submit QA review' }).click();
    await expect
      .poll(() => qa.panel.getByTestId('qa-saved').textContent(), POLL)
      .toContain('66.7 of 100');
    await qa.page.close();

    // The original reviewer: the result and the QA note, announced; one dispute.
    await h.configure({ token: DEMO_TOKENS.reviewer, undoWindowSeconds: 0 });
    const mine = await openCase(h);
    const result = mine.panel.getByTestId('qa-result');
    await expect.poll(() => result.textContent(), POLL).toContain('QA-NOTE');
    expect(await result.textContent()).toContain('66.7 of 100');
    await expect
      .poll(() => mine.panel.getByTestId('live-polite').textContent(), POLL)
      .toContain('QA result on your decision');
    expect(await mine.panel.getByTestId('qa-mine').textContent()).toContain('1');
    await result.getByRole('button', { name: 'Dispute this QA result' }).click();
    await result.getByLabel('Why the QA result is wrong').fill('The link was a known scam.');
    await result.getByRole('button', { name: 'Send dispute' }).click();
    await expect
      .poll(() => result.getByTestId('qa-dispute').textContent(), POLL)
      .toContain('A lead will settle it');
    await mine.page.close();

    // The lead settles it on the disputes page.
    await h.configure({ token: DEMO_TOKENS.lead, undoWindowSeconds: 0 });
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('qa-disputes.html'));
    const dispute = page.getByTestId('dispute');
    await expect.poll(() => dispute.textContent(), POLL).toContain('The link was a known scam.');
    await dispute.getByLabel('Note to the reviewer and QA').fill('Scam links are removed.');
    await dispute.getByRole('button', { name: /Accept dispute/ }).click();
    await expect.poll(() => page.getByText('No open disputes.').count(), POLL).toBe(1);
    await page.close();

    await h.configure({ token: DEMO_TOKENS.reviewer, undoWindowSeconds: 0 });
    const after = await openCase(h);
    await expect
      .poll(() => after.panel.getByTestId('qa-dispute').textContent(), POLL)
      .toContain('Dispute accepted');
    // Four sign-ins and five panels: more than one test's default minute on a loaded machine.
  }, 180_000);
});

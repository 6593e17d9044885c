import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addKeywordSignal,
  decisionsAtServer,
  openEditorAsLead,
  storeDecisions,
  switchToLeadToken,
} from './guidance-editor-page';
import { startHarness, type Harness } from './harness';

/**
 * A policy lead raises the harassment threshold (friendly banter like C-1009 scores 0.79 and
 * was being removed) and adds a keyword for pile-on calls (so C-1001's dogpile is still caught),
 * backtests and publishes; the reviewer's panel, already open on C-1009, follows within the
 * sync interval. Lead and reviewer share one browser: the lead types their own token into the
 * editor for that page only, so the browser's configured token stays the reviewer's.
 */

const SYNC_SECONDS = 5;
const POLL = { timeout: 15_000 };

async function openCase(h: Harness, caseId: string): Promise<{ page: Page; panel: Frame }> {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(h.consoleUrl(`/console/cases/${caseId}`));
  const panel = await h.panelFrame(page);
  await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe(caseId);
  return { page, panel };
}

const suggested = (panel: Frame) =>
  panel.getByTestId('suggested-action').first().textContent({ timeout: 15_000 });

describe('guidance: a lead publishes, an open panel follows', () => {
  let h: Harness;
  let reviewer: { page: Page; panel: Frame };
  let lead: Page;

  beforeAll(async () => {
    h = await startHarness();
    await h.configure({ guidanceSyncSeconds: SYNC_SECONDS, undoWindowSeconds: 0 });
    // What reviewers decided earlier, with the scores their panels saw: the backtest's data.
    await storeDecisions(h, [
      { caseId: 'C-1001', action: 'remove', scores: { harassment: 0.79 } },
      { caseId: 'C-1004', action: 'remove', scores: { hate: 0.84, harassment: 0.45 } },
      { caseId: 'C-1006', action: 'remove', scores: { sexual: 0.9 } },
      { caseId: 'C-1011', action: 'remove', scores: { harassment: 0.72 } },
      { caseId: 'C-1012', action: 'no-action', scores: { harassment: 0.8 } },
    ]);
  });
  afterAll(() => h.close());

  test('the reviewer sees the suggestion under v1, with the policy text and a search', async () => {
    reviewer = await openCase(h, 'C-1009');
    const { panel } = reviewer;
    await expect.poll(() => suggested(panel), POLL).toBe('Remove content');
    const snippets = panel.getByTestId('guidance-snippets');
    expect(await snippets.textContent()).toContain('(v1)');
    expect(await snippets.getByTestId('guidance-snippet').first().textContent()).toContain(
      'Harassment and bullying',
    );
    await snippets.getByLabel('Search guidance').fill('seed phrase');
    await expect
      .poll(() => snippets.getByTestId('guidance-search-results').textContent())
      .toContain('Spam, scams and phishing');
  });

  test('the editor says plainly that the configured token is not a lead', async () => {
    lead = await openEditorAsLead(h);
    await lead.getByTestId('not-a-lead').waitFor();
    expect(await lead.getByTestId('editor-identity').textContent()).toContain(
      'Ana Reviewer (reviewer)',
    );
    expect(await lead.getByRole('button', { name: 'Publish version 2' }).isDisabled()).toBe(true);
    await switchToLeadToken(lead);
    expect(await lead.getByTestId('not-a-lead').count()).toBe(0);
  });

  test('the lead edits a threshold and a keyword; problems show beside the field', async () => {
    await lead.getByRole('button', { name: 'Harassment and bullying' }).click();
    const threshold = lead.getByLabel('Threshold for harassment', { exact: true });
    await threshold.fill('1.5');
    const row = lead.locator('[data-testid="policy-category"][data-category="harassment"]');
    await expect.poll(() => row.getByTestId('field-error').textContent()).toMatch(/1/);
    await threshold.fill('0.85');
    await expect.poll(() => row.getByTestId('field-error').count()).toBe(0);
    await addKeywordSignal(
      lead,
      'pile-on-call',
      'everyone go to her page',
      'Harassment and bullying',
    );
    await expect
      .poll(() => lead.getByTestId('validation').textContent())
      .toContain('No problems found');
  });

  test('closing the editor loses nothing: reopened, the unpublished edits are restored', async () => {
    await expect.poll(() => lead.getByTestId('kept-draft').textContent()).toContain('kept');
    await lead.waitForTimeout(600); // kept shortly after typing stops
    await lead.close();
    lead = await openEditorAsLead(h);
    await switchToLeadToken(lead);
    await expect
      .poll(() => lead.getByTestId('kept-draft').textContent())
      .toContain('were restored');
    await lead.getByRole('button', { name: 'Harassment and bullying' }).click();
    expect(await lead.getByLabel('Threshold for harassment', { exact: true }).inputValue()).toBe(
      '0.85',
    );
  });

  test('the backtest shows what changes and agreement before and after', async () => {
    await lead.getByRole('button', { name: 'Run backtest' }).click();
    const report = lead.getByTestId('backtest-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('Replayed 5 of the last 5 decisions');
    // C-1011 (0.72) and C-1012 (0.80) fall under 0.85; C-1001 is kept by the new keyword.
    expect(await report.getByTestId('backtest-changed').textContent()).toContain(
      '2 suggestions would change: 1 now match',
    );
    const transitions = await report.getByTestId('backtest-transition').allTextContents();
    expect(transitions).toEqual(['Remove content→ No violation2']);
    const agreement = await report.getByTestId('backtest-agreement-row').allTextContents();
    expect(agreement[0]).toContain('80.0%');
    expect(agreement[1]).toContain('80.0%');
  });

  test('publishing makes v2; the open panel shows the banner and the new suggestion in time', async () => {
    await lead.getByRole('button', { name: 'Publish version 2' }).click();
    const result = lead.getByTestId('publish-result');
    await expect.poll(() => result.textContent()).toContain('Published version 2');
    const published = Date.now();
    const { panel } = reviewer;
    const banner = panel.getByTestId('guidance-updated');
    await banner.waitFor({ timeout: (SYNC_SECONDS + 5) * 1000 });
    expect(Date.now() - published).toBeLessThanOrEqual((SYNC_SECONDS + 4) * 1000);
    expect(await banner.textContent()).toContain('Guidance updated: v1 → v2');
    await banner.getByRole('button', { name: 'What changed' }).click();
    expect(await banner.getByTestId('guidance-diff').textContent()).toContain(
      'harassment threshold 0.60 → 0.85',
    );
    await expect.poll(() => suggested(panel), POLL).toBe('No violation');
  });

  test('a decision made now carries guidance v2, and the lead sees the reviewer on v2', async () => {
    const { panel } = reviewer;
    await panel.getByRole('radio', { name: /No violation/ }).click();
    await panel.getByRole('button', { name: /Submit decision/ }).click();
    await expect
      .poll(() => panel.getByTestId('decision-state').textContent(), POLL)
      .toBe('Delivered');
    const mine = (await decisionsAtServer(h)).filter((d) => d.caseId === 'C-1009');
    expect(mine).toMatchObject([
      { action: 'no-action', reviewerId: 'rev-ana', guidanceVersion: 2 },
    ]);
    await lead.getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(() => lead.getByTestId('panel-row').filter({ hasText: 'Ana Reviewer' }).textContent())
      .toContain('v2 (current)');
  });
});

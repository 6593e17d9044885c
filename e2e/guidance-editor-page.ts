import type { Page } from 'playwright-core';
import { DEMO_TOKENS, DEMO_USERS } from '../server';
import type { Harness } from './harness';

/**
 * Steps in the guidance editor as a policy lead takes them, for the end-to-end test, and the
 * decisions the backtest replays (stored through the case API, as reviewers' panels store them).
 */

export async function openEditorAsLead(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(h.extensionUrl('guidance.html'));
  return page;
}

/** The browser's configured token is the reviewer's: the lead uses their own for this page. */
export async function switchToLeadToken(page: Page) {
  await page.getByRole('button', { name: 'Use another token for this page' }).click();
  await page.getByLabel('Token for this page (not saved)').fill(DEMO_TOKENS.lead);
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.getByTestId('editor-identity').filter({ hasText: 'Priya Lead' }).waitFor();
}

export async function addKeywordSignal(page: Page, id: string, pattern: string, policy: string) {
  await page.getByRole('tab', { name: /^Signals/ }).click();
  await page.getByRole('button', { name: 'Add signal' }).click();
  const row = page.getByTestId('signal-row').last();
  await row.getByLabel('Signal id').fill(id);
  await row.getByLabel('Kind').selectOption('keyword');
  await row.getByLabel('Pattern').fill(pattern);
  await row.getByLabel('Policy').selectOption({ label: policy });
}

interface Stored {
  caseId: string;
  action: string;
  scores: Record<string, number>;
}

/** Live decisions by the second demo reviewer, each with the score snapshot the panel records. */
export async function storeDecisions(h: Harness, decisions: Stored[]) {
  for (const d of decisions) {
    const id = crypto.randomUUID();
    const decision = {
      id,
      caseId: d.caseId,
      console: 'demo-console',
      reviewerId: DEMO_USERS.reviewer2.id,
      action: d.action,
      policyIds: [],
      decidedAt: new Date().toISOString(),
      handleTimeMs: 30_000,
      guidanceVersion: 1,
      suggestion: {
        action: d.action,
        policyIds: [],
        confidence: 0.8,
        source: 'rules',
        scores: d.scores,
      },
      agreement: 'agreed',
      mode: 'live',
    };
    const response = await fetch(`${h.api.url}/api/cases/${d.caseId}/decisions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${DEMO_TOKENS.reviewer2}`,
        'idempotency-key': id,
        'content-type': 'application/json',
      },
      body: JSON.stringify(decision),
    });
    if (response.status !== 201) throw new Error(`Storing a decision: ${response.status}`);
  }
}

export async function decisionsAtServer(h: Harness) {
  const response = await fetch(`${h.api.url}/api/decisions?limit=100`, {
    headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
  });
  const body = (await response.json()) as {
    decisions: { caseId: string; action: string; reviewerId: string; guidanceVersion: number }[];
  };
  return body.decisions;
}

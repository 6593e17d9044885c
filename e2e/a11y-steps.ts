import type { Frame, Page } from 'playwright-core';
import { DEMO_TOKENS } from '../server';
import type { Harness } from './harness';

/** Steps the accessibility walks (and tests) take in the console and the docked panel. */

export const WAIT = { timeout: 15_000 };

export async function extensionPage(
  h: Harness,
  path: string,
  ready: (p: Page) => Promise<unknown>,
) {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(h.extensionUrl(path));
  await ready(page);
  return page;
}

export async function openCase(h: Harness, caseId: string) {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(h.consoleUrl(`/console/cases/${caseId}`));
  const panel = await h.panelFrame(page);
  await panel.getByTestId('case-id').filter({ hasText: caseId }).waitFor(WAIT);
  return { page, panel };
}

/** Scores (and so the suggestion) are on screen. */
export const scoresShown = (panel: Frame) =>
  panel.getByTestId('provenance-freshness').first().waitFor(WAIT);

/** Picks an action by mouse and submits it, giving the reason the form asks for when needed. */
export async function submitDecision(panel: Frame, action: RegExp) {
  await scoresShown(panel);
  await panel.getByRole('radio', { name: action }).click();
  const reason = panel.getByLabel('Override reason');
  if (await reason.count()) await reason.fill('Context the model cannot see.');
  await panel.getByRole('button', { name: /Submit decision/ }).click();
}

export const setFaults = (h: Harness, body: object) =>
  fetch(`${h.api.url}/api/_faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Waits for the case's own decision (not one of other cases' in the outbox) to be `text`. */
export const decisionState = (panel: Frame, text: string) =>
  panel
    .getByRole('list', { name: 'Your decisions on this case' })
    .getByTestId('decision-state')
    .filter({ hasText: text })
    .waitFor(WAIT);

export const GOLD_SET_TITLE = 'Accessibility practice';

/** A gold set of one case assigned to Ana (the configured reviewer), made through the API. */
export async function assignGoldCase(h: Harness, caseId: string): Promise<string> {
  const auth = {
    authorization: `Bearer ${DEMO_TOKENS.trainer}`,
    'content-type': 'application/json',
  };
  const item = { expectedAction: 'warn', source: { kind: 'case-api', caseId } };
  const body = JSON.stringify({ title: GOLD_SET_TITLE, items: [item] });
  const made = await fetch(`${h.api.url}/api/training/sets`, {
    method: 'POST',
    headers: auth,
    body,
  });
  const { id } = (await made.json()) as { id: string };
  const assign = JSON.stringify({ reviewerIds: ['rev-ana'] });
  await fetch(`${h.api.url}/api/training/sets/${id}/assignments`, {
    method: 'POST',
    headers: auth,
    body: assign,
  });
  return id;
}

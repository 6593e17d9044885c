import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS, DEMO_USERS } from '../server';
import { startHarness, type Harness } from './harness';

/**
 * The incident page, as a lead uses it: the timeline counts the decisions reviewers tagged
 * (seeded at known hours) and the case a panel flagged, ticks on the playbook persist with who
 * made them, and closing the incident there takes its banner out of the panels.
 */

const SYNC_SECONDS = 5;
const POLL = { timeout: 20_000 };

const call = (h: Harness, path: string, body: object, token: string, key?: string) =>
  fetch(`${h.api.url}/api${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    body: JSON.stringify(body),
  });

/** A reviewer's live decision on a demo case, tagged with the incident, at a given time. */
async function tagged(h: Harness, caseId: string, decidedAt: string, incidentId: string) {
  const decision = {
    id: randomUUID(),
    caseId,
    console: 'demo-console',
    reviewerId: DEMO_USERS.reviewer.id,
    action: 'escalate',
    policyIds: [],
    decidedAt,
    handleTimeMs: 30_000,
    guidanceVersion: 1,
    agreement: 'no-suggestion',
    mode: 'live',
    incidentIds: [incidentId],
  };
  const path = `/cases/${caseId}/decisions`;
  const response = await call(h, path, decision, DEMO_TOKENS.reviewer, decision.id);
  expect(response.status).toBe(201);
}

const hourRow = (page: Page, hour: string) => page.locator(`tr[data-hour="${hour}"]`);

describe('the incident page', () => {
  let h: Harness;
  let incidentId: string;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    await h.configure({ token: DEMO_TOKENS.lead, guidanceSyncSeconds: SYNC_SECONDS });
  });
  afterAll(() => h.close());

  test('the timeline counts tagged decisions per hour and the case a panel flagged', async () => {
    const declared = await call(
      h,
      '/incidents',
      {
        title: 'Drainer wave',
        severity: 'high',
        signature: [{ kind: 'domain', pattern: 'wallet-verify-secure.example' }],
        playbookId: 'self-harm-escalation',
      },
      DEMO_TOKENS.lead,
    );
    expect(declared.status).toBe(201);
    incidentId = ((await declared.json()) as { id: string }).id;
    await tagged(h, 'C-1001', '2026-11-02T10:05:00.000Z', incidentId);
    await tagged(h, 'C-1002', '2026-11-02T10:55:00.000Z', incidentId);
    await tagged(h, 'C-1004', '2026-11-02T11:20:00.000Z', incidentId);

    // A panel on the matching case flags it, and its banner links to the page.
    const consolePage = await h.context.newPage();
    await consolePage.goto(h.consoleUrl('/console/cases/C-1003'));
    const panel = await h.panelFrame(consolePage);
    const banner = panel.getByTestId('incident-banner');
    await expect.poll(() => banner.count(), POLL).toBe(1);
    const link = banner.getByRole('link', { name: 'Incident page' });
    expect(await link.getAttribute('href')).toBe(h.extensionUrl(`incident.html?id=${incidentId}`));

    page = await h.context.newPage();
    page.setDefaultTimeout(15_000);
    const title = page.getByRole('heading', { name: /^Timeline/ });
    await expect
      .poll(async () => {
        await page.goto(h.extensionUrl(`incident.html?id=${incidentId}`));
        return title.textContent();
      }, POLL)
      .toBe('Timeline: 1 matched cases, 3 decisions');
    const ten = hourRow(page, '2026-11-02T10:00:00.000Z');
    expect(await ten.getByTestId('hour-decisions').textContent()).toBe('2');
    expect(await ten.getByTestId('hour-matches').textContent()).toBe('0');
    const eleven = hourRow(page, '2026-11-02T11:00:00.000Z');
    expect(await eleven.getByTestId('hour-decisions').textContent()).toBe('1');
    expect(await page.getByTestId('incident-reviewers').textContent()).toBe(
      `${DEMO_USERS.reviewer.name}: 3 decisions`,
    );
    await consolePage.close();
  });

  test('a tick on the playbook persists, with who made it', async () => {
    const step = page.getByTestId('checklist-step').nth(1);
    // The box follows the case API's answer, so it is clicked rather than `check()`ed.
    await step.getByRole('checkbox').click();
    await expect
      .poll(() => step.getByTestId('step-by').textContent(), POLL)
      .toContain(`Ticked by ${DEMO_USERS.lead.name}`);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('checklist-progress').textContent(), POLL)
      .toBe('1 of 4 steps done');
    expect(await page.getByTestId('checklist-step').nth(1).getByRole('checkbox').isChecked()).toBe(
      true,
    );
  });

  test('closing it on the page takes its banner out of the panels', async () => {
    const consolePage = await h.context.newPage();
    await consolePage.goto(h.consoleUrl('/console/cases/C-1009'));
    const panel = await h.panelFrame(consolePage);
    await expect.poll(() => panel.getByTestId('incident-banner').count(), POLL).toBe(1);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Close incident' }).click();
    await expect
      .poll(() => page.getByTestId('incident-state').textContent(), POLL)
      .toContain(`closed`);
    await expect
      .poll(() => panel.getByTestId('incident-banner').count(), {
        timeout: 3 * SYNC_SECONDS * 1000,
      })
      .toBe(0);
    const open = await fetch(`${h.api.url}/api/incidents`, {
      headers: { authorization: `Bearer ${DEMO_TOKENS.reviewer}` },
    });
    expect(((await open.json()) as { incidents: unknown[] }).incidents).toEqual([]);
  });
});

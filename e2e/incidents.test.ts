import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS } from '../server';
import { startHarness, type Harness } from './harness';

/**
 * A lead declares a scam-wave incident over the case API; the reviewer's panel on a matching
 * demo case shows the banner and the flag, suggests the overlay's action, and the decision is
 * tagged (the incident's activity counts it). Closing it clears the banner at the next poll.
 */

const SYNC_SECONDS = 5;
const POLL = { timeout: 20_000 };

const asLead = (h: Harness, path: string, body?: object) =>
  fetch(`${h.api.url}/api${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${DEMO_TOKENS.lead}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });

async function openCase(h: Harness, caseId: string): Promise<{ page: Page; panel: Frame }> {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(h.consoleUrl(`/console/cases/${caseId}`));
  const panel = await h.panelFrame(page);
  await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe(caseId);
  return { page, panel };
}

describe('incident mode in the panel', () => {
  let h: Harness;
  let incidentId: string;
  let scam: { page: Page; panel: Frame };

  beforeAll(async () => {
    h = await startHarness();
    await h.configure({ guidanceSyncSeconds: SYNC_SECONDS, undoWindowSeconds: 0 });
  });
  afterAll(() => h.close());

  test('a lead declares an incident; a matching case shows the banner, the flag and the overlay', async () => {
    const declared = await asLead(h, '/incidents', {
      title: 'Wallet-drainer airdrop wave',
      severity: 'high',
      signature: [{ kind: 'domain', pattern: 'wallet-verify-secure.example' }],
      playbookId: 'self-harm-escalation',
      overlay: { actionId: 'escalate', note: 'Send to the fraud desk.' },
    });
    expect(declared.status).toBe(201);
    incidentId = ((await declared.json()) as { id: string }).id;

    scam = await openCase(h, 'C-1003');
    const banner = scam.panel.getByTestId('incident-banner');
    await expect.poll(() => banner.textContent(), POLL).toContain('Wallet-drainer airdrop wave');
    expect(await banner.textContent()).toContain('Incident (high)');
    expect(await scam.panel.getByTestId('incident-match').textContent()).toContain(
      'Incident guidance: Escalate to specialist.',
    );
  });

  test('a case the signature does not match shows the banner without the flag', async () => {
    const other = await openCase(h, 'C-1009');
    await expect.poll(() => other.panel.getByTestId('incident-banner').count(), POLL).toBe(1);
    expect(await other.panel.getByTestId('incident-match').count()).toBe(0);
    await other.page.close();
  });

  test('the decision on the matching case is tagged and counted in the incident activity', async () => {
    const { page, panel } = scam;
    await panel.getByTestId('provenance-freshness').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Alt+Shift+K');
    await page.keyboard.press('5'); // Escalate to specialist: the overlay's action
    await panel.getByLabel(/Note/).fill('Drainer link, same wave.');
    // Following the incident's overlay needs no override reason, whatever the model said.
    expect(await panel.getByLabel('Override reason').count()).toBe(0);
    await page.keyboard.press('Control+Enter');
    const state = panel.getByTestId('decision-state');
    await expect.poll(() => state.textContent(), POLL).toBe('Delivered');
    const activity = (await (await asLead(h, `/incidents/${incidentId}/activity`)).json()) as {
      decisions: number;
      actions: Record<string, number>;
      reviewers: { id: string }[];
    };
    expect(activity).toMatchObject({ decisions: 1, actions: { escalate: 1 } });
    expect(activity.reviewers.map((r) => r.id)).toEqual(['rev-ana']);
    // The record keeps what the model said; the reason says the incident's guidance was followed.
    const stored = (await (
      await fetch(`${h.api.url}/api/cases/C-1003/decisions`, {
        headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
      })
    ).json()) as {
      decisions: {
        incidentIds?: string[];
        overrideReason?: string;
        suggestion?: { action: string };
      }[];
    };
    const [decision] = stored.decisions;
    expect(decision?.incidentIds).toEqual([incidentId]);
    const modelSaid = decision?.suggestion?.action;
    expect(decision?.overrideReason).toBe(
      modelSaid === undefined || modelSaid === 'escalate'
        ? undefined
        : 'Followed incident guidance',
    );
  });

  test('closing the incident removes the banner and flag at the next poll', async () => {
    const closed = await asLead(h, `/incidents/${incidentId}/close`, {});
    expect(closed.status).toBe(200);
    const { panel } = scam;
    await expect
      .poll(() => panel.getByTestId('incident-banner').count(), {
        timeout: 3 * SYNC_SECONDS * 1000,
      })
      .toBe(0);
    expect(await panel.getByTestId('incident-match').count()).toBe(0);
  });
});

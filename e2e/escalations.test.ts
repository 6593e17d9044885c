import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS } from '../server';
import { DEFAULT_GUIDANCE_PACK } from '../utils/guidance/default-pack';
import { startHarness, type Harness } from './harness';

/**
 * A reviewer escalates a self-harm case under a required checklist; the team's webhook gets a
 * signed event; a second page on the same case shows the escalation open; a lead acknowledges
 * (from their own tools, over the case API) and the open panel follows at its next poll.
 */

const SECRET = 'e2e-webhook-secret-0123456789';
const POLL = { timeout: 30_000 };
const events: { body: string; signature: string; timestamp: string }[] = [];
let receiver: Server;

const as = (h: Harness, token: string, path: string, body?: object) =>
  fetch(`${h.api.url}/api${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
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

describe('safety escalations, end to end', () => {
  let h: Harness;
  let reviewer: { page: Page; panel: Frame };

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        events.push({
          body: Buffer.concat(chunks).toString('utf8'),
          signature: String(request.headers['x-caselight-signature']),
          timestamp: String(request.headers['x-caselight-timestamp']),
        });
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    h = await startHarness();
    const port = (receiver.address() as AddressInfo).port;
    await as(h, DEMO_TOKENS.admin, '/admin/escalation-webhooks', {
      url: `http://127.0.0.1:${port}/on-call`,
      secret: SECRET,
    });
    const pack = {
      ...DEFAULT_GUIDANCE_PACK,
      version: 2,
      playbooks: DEFAULT_GUIDANCE_PACK.playbooks.map((p) => ({ ...p, required: true })),
    };
    await as(h, DEMO_TOKENS.lead, '/guidance/versions', { baseVersion: 1, pack });
    await h.configure({ guidanceSyncSeconds: 5, undoWindowSeconds: 0 });
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  test('a required checklist holds the escalation until every step is ticked', async () => {
    reviewer = await openCase(h, 'C-1005');
    const { page, panel } = reviewer;
    await panel.getByTestId('provenance-freshness').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Alt+Shift+K');
    await page.keyboard.press('6'); // Escalate: self-harm risk
    const gate = panel.getByTestId('checklist-gate');
    await expect.poll(() => gate.textContent(), POLL).toContain('4 left');
    if ((await panel.getByLabel('Override reason').count()) > 0) {
      await panel.getByLabel('Override reason').fill('Imminent risk named');
    }
    await panel.getByRole('button', { name: /Submit decision/ }).click();
    await expect
      .poll(() => panel.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('checklist is required: tick steps 1, 2, 3, 4'));
    expect(await panel.getByTestId('decision-state').count()).toBe(0);

    for (const box of await panel.getByTestId('playbook').getByRole('checkbox').all()) {
      await box.check();
    }
    expect(await gate.textContent()).toContain('All steps ticked');
    await panel.getByRole('button', { name: /Submit decision/ }).click();
    await expect
      .poll(() => panel.getByTestId('decision-state').textContent(), POLL)
      .toBe('Delivered');
  });

  test('the webhook receives a signed event with the checklist and no case text', async () => {
    await expect.poll(() => events.length, POLL).toBeGreaterThan(0);
    const [event] = events;
    const expected = createHmac('sha256', SECRET)
      .update(`${event!.timestamp}.${event!.body}`)
      .digest('hex');
    expect(event!.signature).toBe(`sha256=${expected}`);
    const body = JSON.parse(event!.body) as {
      type: string;
      escalation: { caseId: string; action: string; checklists: { stepsDone: number[] }[] };
    };
    expect(body.type).toBe('escalation.opened');
    expect(body.escalation).toMatchObject({ caseId: 'C-1005', action: 'escalate-self-harm' });
    expect(body.escalation.checklists[0]!.stepsDone).toEqual([0, 1, 2, 3]);
    expect(event!.body).not.toContain('end their life');
  });

  test('a second page on the case shows it open; a lead acknowledges and the panel follows', async () => {
    const second = await openCase(h, 'C-1005');
    const banner = second.panel.getByTestId('escalation-banner');
    await expect.poll(() => banner.getAttribute('data-state'), POLL).toBe('open');
    expect(await banner.textContent()).toContain('Not acknowledged yet');

    const list = (await (await as(h, DEMO_TOKENS.lead, '/escalations')).json()) as {
      escalations: { id: string; caseId: string }[];
    };
    const escalation = list.escalations.find((e) => e.caseId === 'C-1005')!;
    const acked = await as(h, DEMO_TOKENS.lead, `/escalations/${escalation.id}/acknowledge`, {
      note: 'Wellbeing team paged',
    });
    expect(acked.status).toBe(200);
    await expect.poll(() => banner.getAttribute('data-state'), POLL).toBe('acknowledged');
    expect(await banner.textContent()).toContain('acknowledged by Priya Lead');
    await second.page.close();
  });
});

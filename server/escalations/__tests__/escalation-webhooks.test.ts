import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiErrorSchema } from '../../../utils/case-api/schema';
import { escalationEventSchema, webhookSchema } from '../../../utils/escalations/webhook-schema';
import { DEMO_TOKENS } from '../../index';
import { freshCase, useEscalationServer } from './escalation-fixtures';

/** A real receiver on a free port: answers 500 to the first event it gets, 200 after. */
interface Received {
  body: string;
  headers: Record<string, string | string[] | undefined>;
}
const received: Received[] = [];
let failFirst = true;
let receiver: Server;
let receiverUrl = '';
beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
      response.statusCode = failFirst ? 500 : 200;
      failFirst = false;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/caselight`;
});
afterAll(() => new Promise((resolve) => receiver.close(resolve)));

const SECRET = 'whsec-test-0123456789-abcdefgh';
const api = useEscalationServer({ escalationDelivery: { everyMs: 50, firstRetryMs: 200 } });

/** How a receiver checks an event: HMAC-SHA256 over `<timestamp>.<raw body>`. */
function verifies({ body, headers }: Received): boolean {
  const timestamp = String(headers['x-caselight-timestamp']);
  const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
  const given = String(headers['x-caselight-signature']);
  return (
    given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
}

describe('escalation webhooks', () => {
  it('refuses a webhook that is not https, saying why', async () => {
    const response = await api.admin('POST', '', { url: 'http://hooks.example/x', secret: SECRET });
    expect(response.status).toBe(422);
    expect(apiErrorSchema.parse(await response.json()).error.message).toMatch(/Use https/);
    const lead = await fetch(api.url('/admin/escalation-webhooks'), {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_TOKENS.lead}` },
      body: JSON.stringify({ url: receiverUrl, secret: SECRET }),
    });
    expect(lead.status).toBe(403);
  });

  it('delivers a signed event without case text, retried after a 500 and delivered once', async () => {
    const added = await api.admin('POST', '', { url: receiverUrl, secret: SECRET });
    expect(added.status).toBe(201);
    const webhook = webhookSchema.parse(await added.json());
    expect(JSON.stringify(webhook)).not.toContain(SECRET);

    const caseId = freshCase();
    const SUBJECT = 'I want to end it tonight';
    const NOTE = 'User says: tonight, pills';
    const decision = await api.escalate(caseId, {
      note: NOTE,
      caseRecord: {
        url: `https://console.example/cases/${caseId}`,
        subject: SUBJECT,
        contentHash: 'a'.repeat(64),
        itemCount: 1,
        adapter: { id: 'test-console', version: '1' },
      },
    });

    await vi.waitFor(
      async () => {
        const [escalation] = (await api.caseEscalations(caseId)).escalations;
        expect(escalation!.deliveries).toEqual([
          expect.objectContaining({ webhookId: webhook.id, status: 'delivered', attempts: 2 }),
        ]);
      },
      { timeout: 10_000, interval: 100 },
    );
    const ours = received.filter((r) => r.body.includes(caseId));
    expect(ours).toHaveLength(2);
    expect(ours.every(verifies)).toBe(true);
    expect(verifies({ ...ours[1]!, body: ours[1]!.body.replace('critical', 'low') })).toBe(false);
    const event = escalationEventSchema.parse(JSON.parse(ours[1]!.body));
    expect(event).toMatchObject({
      type: 'escalation.opened',
      escalation: {
        caseId,
        caseUrl: `https://console.example/cases/${caseId}`,
        decisionId: decision.id,
      },
    });
    expect(ours[0]!.headers['x-caselight-event-id']).toBe(event.eventId);
    expect(ours[1]!.body).not.toContain(SUBJECT);
    expect(ours[1]!.body).not.toContain(NOTE);

    // Delivered once: nothing more arrives for it.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(received.filter((r) => r.body.includes(caseId))).toHaveLength(2);

    // Acknowledging sends its own event.
    const [escalation] = (await api.caseEscalations(caseId)).escalations;
    await api.move(escalation!.id, 'acknowledge', DEMO_TOKENS.lead, 'On it');
    await vi.waitFor(() =>
      expect(received.some((r) => r.body.includes('escalation.acknowledged') && verifies(r))).toBe(
        true,
      ),
    );
  });

  it('keeps retrying a receiver that is down, and shows it in the escalation', async () => {
    const down = createServer();
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const port = (down.address() as AddressInfo).port;
    await new Promise((resolve) => down.close(resolve));
    const added = await api.admin('POST', '', {
      url: `http://localhost:${port}/gone`,
      secret: SECRET,
    });
    const gone = webhookSchema.parse(await added.json());

    const caseId = freshCase();
    await api.escalate(caseId);
    await vi.waitFor(
      async () => {
        const [escalation] = (await api.caseEscalations(caseId)).escalations;
        const delivery = escalation!.deliveries.find((d) => d.webhookId === gone.id);
        expect(delivery).toMatchObject({ status: 'pending' });
        expect(delivery!.attempts).toBeGreaterThanOrEqual(2);
        expect(delivery!.lastError).toBeTruthy();
        expect(delivery!.nextAttemptAt).toBeDefined();
      },
      { timeout: 10_000, interval: 100 },
    );
    // Removing the webhook cancels what it still owed, with the reason.
    expect((await api.admin('DELETE', `/${gone.id}`)).status).toBe(204);
    await vi.waitFor(async () => {
      const [escalation] = (await api.caseEscalations(caseId)).escalations;
      expect(escalation!.deliveries.find((d) => d.webhookId === gone.id)).toMatchObject({
        status: 'cancelled',
        lastError: 'The webhook was removed.',
      });
    });
  });
});

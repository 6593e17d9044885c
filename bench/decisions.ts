import type { Page } from 'playwright-core';
import { DEMO_TOKENS } from '../server';
import type { Harness } from '../e2e/harness';

type Sent = { id: string; caseId: string };

/** Submits decisions from an extension page through the panel's own message. */
async function submit(page: Page, decisions: Sent[], spacingMs: number) {
  await page.evaluate(
    async ({ decisions, spacingMs }) => {
      const { runtime } = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome;
      for (const { id, caseId } of decisions) {
        const decision = {
          id,
          caseId,
          console: 'demo-console',
          reviewerId: 'rev-ana',
          action: 'remove',
          policyIds: [],
          decidedAt: new Date().toISOString(),
          handleTimeMs: 1,
          guidanceVersion: 1,
          agreement: 'no-suggestion',
          mode: 'qa',
        };
        await runtime.sendMessage({ type: 'decision:submit', decision });
        if (spacingMs) await new Promise((r) => setTimeout(r, spacingMs));
      }
    },
    { decisions, spacingMs },
  );
}

const batch = (n: number): Sent[] =>
  Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    caseId: `C-${1001 + (i % 13)}`,
  }));

async function storedCount(h: Harness): Promise<number> {
  const response = await fetch(`${h.api.url}/api/decisions?limit=10000`, {
    headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
  });
  return ((await response.json()) as { decisions: unknown[] }).decisions.length;
}

/** Submit → delivered (acknowledged by the case API), as the outbox itself timed it. */
export async function measureDelivery(h: Harness, page: Page, n = 50): Promise<number[]> {
  const sent = batch(n);
  await submit(page, sent, 60);
  await page.waitForTimeout(500);
  const view = await page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.session.get('outboxView'),
  );
  const entries = (
    view.outboxView as {
      entries: { decision: { id: string }; createdAt: number; deliveredAt?: number }[];
    }
  ).entries;
  const ids = new Set(sent.map((s) => s.id));
  return entries
    .filter((e) => ids.has(e.decision.id) && e.deliveredAt)
    .map((e) => e.deliveredAt! - e.createdAt);
}

/** Decisions per second delivered once the case API is back, from a backlog of `n`. */
export async function measureDrain(h: Harness, page: Page, n = 1000): Promise<number> {
  const before = await storedCount(h);
  const fault = (mode: string) =>
    fetch(`${h.api.url}/api/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode }),
    });
  await fault('error-500');
  const sent = batch(n);
  await submit(page, sent, 0);
  await fault('none');
  const started = performance.now();
  await page.evaluate(
    (ids) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ type: 'outbox:retry', decisionIds: ids }),
    sent.map((s) => s.id),
  );
  while ((await storedCount(h)) < before + n) await new Promise((r) => setTimeout(r, 20));
  return n / ((performance.now() - started) / 1000);
}

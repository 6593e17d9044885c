import type { Page } from 'playwright-core';
import { DEMO_TOKENS } from '../server';
import type { Harness } from '../e2e/harness';

type Sent = { id: string; caseId: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Submits decisions from an extension page through the panel's own message. */
async function submit(page: Page, batchToSend: Sent[], pauseMs: number) {
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
    { decisions: batchToSend, spacingMs: pauseMs },
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

type Row = { decision: { id: string }; state: string; deliveredAt?: number };

/** The outbox rows of these decisions, read straight from IndexedDB (no load on the case API). */
function outboxRows(page: Page, ids: string[]): Promise<Row[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<Row[]>((resolve) => {
        const open = indexedDB.open('caselight-outbox');
        open.onsuccess = () => {
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => {
            const set = new Set(wanted);
            resolve((all.result as Row[]).filter((r) => set.has(r.decision.id)));
            open.result.close();
          };
        };
      }),
    ids,
  );
}

/** Decisions per second delivered once the case API is back, from a backlog of `n`. */
export async function measureDrain(h: Harness, page: Page, n = 1000): Promise<number> {
  const fault = (mode: string) =>
    fetch(`${h.api.url}/api/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode }),
    });
  await fault('error-500');
  const sent = batch(n);
  const ids = sent.map((s) => s.id);
  await submit(page, sent, 0);
  // Let every first attempt fail and settle, so the backlog is a plain queue when the API returns.
  while ((await outboxRows(page, ids)).some((r) => r.state === 'sending')) await sleep(100);
  await fault('none');
  const started = Date.now();
  await page.evaluate(
    (decisionIds) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ type: 'outbox:retry', decisionIds }),
    ids,
  );
  // Wait on the case API's table (in this process, nearly free) before reading the outbox:
  // reading the whole outbox from a page every 250 ms held up the very IndexedDB writes timed.
  const recorded = h.api.db
    .prepare('SELECT COUNT(*) FROM decisions WHERE id IN (SELECT value FROM json_each(?))')
    .pluck();
  while (Number(recorded.get(JSON.stringify(ids))) < n) await sleep(50);
  // The outbox marks each one delivered right after the answer; the times are its own.
  const deliveredTimes = async () =>
    (await outboxRows(page, ids)).flatMap((r) => (r.deliveredAt ? [r.deliveredAt] : []));
  let times = await deliveredTimes();
  while (times.length < n) {
    await sleep(100);
    times = await deliveredTimes();
  }
  if ((await storedCount(h)) < n)
    throw new Error('The outbox reported deliveries the case API does not have');
  return n / ((Math.max(...times) - started) / 1000);
}

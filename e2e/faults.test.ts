import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { DEMO_TOKENS, startCaseApi, type StartedServer } from '../server';
import { describeApiInstanceFaults } from './api-instances-faults';
import { launchWithExtension } from './browser';
import { fillOptions } from './options-page';

/**
 * The outbox under fire: decisions submitted from several tabs while the case API is stopped
 * and restarted, answers 500/429/slowly at random, the service worker is killed mid-delivery,
 * and the browser itself is restarted on the same profile. Every decision must land exactly once.
 */
// The case API's own fault run (an instance killed under load), so test:faults runs it too.
describeApiInstanceFaults();

const TABS = 3;
const PER_TAB = 80;
const CASES = Array.from({ length: 13 }, (_, i) => `C-${1001 + i}`);

const dbPath = join(mkdtempSync(join(tmpdir(), 'caselight-faults-')), 'cases.db');
let api: StartedServer;
let context: BrowserContext;
afterAll(async () => {
  await context?.close().catch(() => {});
  await api?.close();
});

const startApi = (port = 0) => startCaseApi({ demo: true, port, dbPath, faults: true });
const setFaults = (body: object) =>
  fetch(`${api.url}/api/_faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function storedIds(): Promise<string[]> {
  const response = await fetch(`${api.url}/api/decisions?limit=10000`, {
    headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
  });
  return ((await response.json()) as { decisions: { id: string }[] }).decisions.map((d) => d.id);
}

/** Submits decisions from an extension page through the same message the panel sends. */
function submitFrom(page: Page, decisionIds: string[]) {
  return page.evaluate(
    async ({ ids, cases }) => {
      const send = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage;
      const outcomes: Record<string, string> = {};
      for (const [i, id] of ids.entries()) {
        const decision = {
          id,
          caseId: cases[i % cases.length],
          console: 'demo-console',
          reviewerId: 'rev-ana',
          action: 'remove',
          policyIds: [],
          decidedAt: new Date().toISOString(),
          handleTimeMs: 1000,
          guidanceVersion: 1,
          agreement: 'no-suggestion',
          mode: 'qa',
        };
        // The worker may be down for a moment (we kill it): like the panel, try again until the
        // background has it ("already submitted" means an earlier try got through).
        let outcome = 'gave up';
        for (let tries = 0; tries < 300; tries++) {
          const answer = (await send({ type: 'decision:submit', decision }).catch((e: Error) => ({
            refused: e.message,
          }))) as { refused?: string } | undefined;
          if (answer === undefined) outcome = `answered undefined after ${tries} retries`;
          else if (!answer.refused) outcome = `accepted after ${tries} retries`;
          else if (answer.refused.includes('already submitted'))
            outcome = `already submitted after ${tries} retries`;
          else outcome = `refused: ${answer.refused}`;
          // As the panel does (utils/messaging/send.ts): no answer means the worker died before
          // handling it, so it is tried again; only an answer without `refused` is success.
          if (answer && (!answer.refused || answer.refused.includes('already submitted'))) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        outcomes[id] = outcome;
        if (i % 10 === 0) await new Promise((r) => setTimeout(r, 30));
      }
      return outcomes;
    },
    { ids: decisionIds, cases: CASES },
  );
}

async function stopWorker(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

test(
  'every decision submitted through faults is stored exactly once',
  { timeout: 240_000 },
  async () => {
    api = await startApi();
    const port = api.port;
    const browser = await launchWithExtension();
    context = browser.context;
    await fillOptions(context, browser.extensionId, {
      caseApiUrl: `${api.url}/api`,
      token: DEMO_TOKENS.reviewer,
      modelBaseUrl: `${api.url}/v1`,
      modelKey: 'unused',
      undoWindowSeconds: 0,
    });
    const pages = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
    await Promise.all(
      pages.map((p) => p.goto(`chrome-extension://${browser.extensionId}/options.html`)),
    );
    const submitted = Array.from({ length: TABS * PER_TAB }, () => crypto.randomUUID());

    await setFaults({ mode: 'random', probability: 0.5, retryAfterSeconds: 1, slowMs: 1500 });
    let outcomes: Record<string, string> = {};
    const submitting = Promise.all(
      pages.map((p, t) => submitFrom(p, submitted.slice(t * PER_TAB, (t + 1) * PER_TAB))),
    );
    await pages[0]!.waitForTimeout(700);
    await stopWorker(pages[0]!); // mid-delivery
    await api.close(); // the case API goes away…
    await pages[0]!.waitForTimeout(1500);
    api = await startApi(port); // …and comes back on the same address and database
    await setFaults({ mode: 'random', probability: 0.5, retryAfterSeconds: 1, slowMs: 1500 });
    await pages[0]!.waitForTimeout(500);
    await stopWorker(pages[0]!);
    await pages[0]!.waitForTimeout(1000);
    // The last stretch lands on an API that refuses everything, so the browser restart below
    // happens with a backlog still queued.
    await setFaults({ mode: 'error-500' });
    outcomes = Object.assign({}, ...(await submitting));
    const beforeRestart = new Set(await storedIds()).size;

    // Restart the browser on the same profile with decisions still queued.
    await context.close();
    await setFaults({ mode: 'none' });
    const again = await launchWithExtension({ userDataDir: browser.userDataDir });
    context = again.context;
    expect(again.extensionId).toBe(browser.extensionId);

    const deadline = Date.now() + 90_000;
    let stored = await storedIds();
    while (new Set(stored).size < submitted.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      stored = await storedIds();
    }
    const submittedSet = new Set<string>(submitted);
    const lost = submitted.filter((id) => !stored.includes(id)).length;
    const duplicated = stored.length - new Set(stored).size;
    const unexpected = stored.filter((id) => !submittedSet.has(id)).length;
    console.log(
      `faults: submitted=${submitted.length} stored before browser restart=${beforeRestart} stored=${stored.length} lost=${lost} duplicated=${duplicated} unexpected=${unexpected}`,
    );
    if (lost > 0) {
      // Say where each lost decision got to: the browser's outbox, and the server's key table.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${again.extensionId}/options.html`);
      for (const id of submitted.filter((x) => !stored.includes(x))) {
        const inOutbox = await page.evaluate(
          (key) =>
            new Promise((resolve) => {
              const open = indexedDB.open('caselight-outbox');
              open.onsuccess = () => {
                const get = open.result.transaction('entries').objectStore('entries').get(key);
                get.onsuccess = () => resolve(get.result ?? 'absent');
              };
            }),
          id,
        );
        const key = api.db
          .prepare('SELECT state, status, body FROM idempotency_keys WHERE key = ?')
          .get(id);
        console.log(
          `lost ${id}: submit=${outcomes[id]} outbox=${JSON.stringify(inOutbox)} server key=${JSON.stringify(key)}`,
        );
      }
    }
    expect({ lost, duplicated, unexpected }).toEqual({ lost: 0, duplicated: 0, unexpected: 0 });
  },
);

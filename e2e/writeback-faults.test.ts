import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { redmineWriterPreset } from '../utils/case/presets/redmine-writer';
import { DEMO_TOKENS, startCaseApi, type StartedServer } from '../server';
import { launchWithExtension } from './browser';
import { fillOptions } from './options-page';
import { startFaultProxy, type FaultProxy } from './redmine/fault-proxy';
import { redmineApi, useRedmine } from './redmine/use-redmine';
import { sendFromExtensionPage } from './extension-message';

/** The page-side send, inside the page's own submit loop. */
type Send = (message: unknown) => Promise<unknown>;

/**
 * Write-backs under fire: decisions on 120 Redmine issues while Redmine answers 500 and 429,
 * loses answers after doing the work, is stopped and started again, and the service worker is
 * killed mid-delivery. Every decision must end up as exactly one note on its issue.
 */
const DECISIONS = 120;
const redmine = useRedmine();
let api: StartedServer;
let proxy: FaultProxy;
let close: (() => Promise<void>) | undefined;
afterAll(async () => {
  await close?.().catch(() => {});
  await proxy?.close();
  await api?.close();
});

/** A few requests at a time: Redmine on WEBrick serves several, and this is set-up, not the test. */
async function inParallel<T>(count: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < count; i += 6)
    results.push(
      ...(await Promise.all(Array.from({ length: Math.min(6, count - i) }, (_, j) => task(i + j)))),
    );
  return results;
}

/** One at a time: Redmine's SQLite takes one writer at once (parallel creates answer 500). */
async function createIssues(count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push(await createIssue(i));
  return ids;
}

async function createIssue(i: number): Promise<number> {
  const response = await redmineApi(redmine(), '/issues.json', {
    method: 'POST',
    json: {
      issue: {
        project_id: redmine().seed.project.id,
        subject: `Report ${i + 1}: spam run`,
        description: 'Spam.',
      },
    },
  });
  return ((await response.json()) as { issue: { id: number } }).issue.id;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Submits live decisions the way the panel does, retrying while the worker is down. */
function submitFrom(page: Page, decisions: { id: string; caseId: string }[]) {
  return page.evaluate(async (list) => {
    const send = (globalThis as unknown as { chrome: { runtime: { sendMessage: Send } } }).chrome
      .runtime.sendMessage;
    for (const { id, caseId } of list) {
      const decision = {
        id,
        caseId,
        console: 'redmine',
        reviewerId: 'rev-ana',
        action: 'remove',
        policyIds: ['spam-scams'],
        note: 'Spam run.',
        decidedAt: new Date().toISOString(),
        handleTimeMs: 1000,
        guidanceVersion: 1,
        agreement: 'no-suggestion',
        mode: 'live',
      };
      for (let tries = 0; tries < 300; tries++) {
        const answer = (await send({ type: 'decision:submit', decision }).catch(
          () => undefined,
        )) as { refused?: string } | undefined;
        if (answer && (!answer.refused || answer.refused.includes('already submitted'))) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 40));
    }
  }, decisions);
}

async function stopWorker(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Notes carrying each decision's marker, across the issues. */
async function notesByDecision(issueIds: number[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const issues = await inParallel(issueIds.length, async (i) => {
    const response = await redmineApi(redmine(), `/issues/${issueIds[i]}.json?include=journals`);
    return ((await response.json()) as { issue: { journals: { notes: string }[] } }).issue;
  });
  for (const issue of issues) {
    for (const { notes } of issue.journals) {
      const marker = /\[caselight:([0-9a-f-]{36})\]/.exec(notes ?? '')?.[1];
      if (marker) counts.set(marker, (counts.get(marker) ?? 0) + 1);
    }
  }
  return counts;
}

test(
  'every decision lands as exactly one note through console faults',
  { timeout: 300_000 },
  async () => {
    const creating = Date.now();
    const issueIds = await createIssues(DECISIONS);
    const started = Date.now();
    log(`created ${DECISIONS} issues in ${Math.round((started - creating) / 1000)} s`);
    api = await startCaseApi({ demo: true, port: 0 });
    proxy = await startFaultProxy(redmine().url);
    const browser = await launchWithExtension();
    close = () => browser.context.close();
    await fillOptions(browser.context, browser.extensionId, {
      caseApiUrl: `${api.url}/api`,
      token: DEMO_TOKENS.reviewer,
      modelBaseUrl: `${api.url}/v1`,
      modelKey: 'unused',
      undoWindowSeconds: 0,
    });
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    expect(
      await sendFromExtensionPage(page, {
        type: 'writers:save',
        definition: redmineWriterPreset(proxy.url),
      }),
    ).toMatchObject({ ok: true });
    const credentials = { kind: 'token', token: redmine().apiKey };
    expect(
      await sendFromExtensionPage(page, {
        type: 'writers:save-credentials',
        writerId: 'redmine',
        secret: credentials,
      }),
    ).toMatchObject({ ok: true });

    // Faults from the start: failures before the write, answers lost after it, rate limits.
    proxy.fail({ method: 'PUT', fraction: 0.15 });
    proxy.loseAnswer({ method: 'PUT', fraction: 0.15 });
    proxy.throttle(1, { fraction: 0.1 });
    const decisions = issueIds.map((caseId) => ({
      id: crypto.randomUUID(),
      caseId: String(caseId),
    }));
    const submitting = submitFrom(page, decisions);
    await page.waitForTimeout(1500);
    await stopWorker(page); // mid-delivery
    await page.waitForTimeout(1000);
    await redmine().stop(); // the console goes away…
    await page.waitForTimeout(2000);
    await stopWorker(page);
    await redmine().start(); // …and comes back on the same address and database
    await page.waitForTimeout(1500);
    await stopWorker(page);
    await submitting;
    const elapsed = () => `t=${Math.round((Date.now() - started) / 1000)} s`;
    log(`${elapsed()}: all submitted`);

    // The faults stay until most write-backs went through them; then the rest drain.
    const deadline = Date.now() + 150_000;
    let notes = await notesByDecision(issueIds);
    while (decisions.some((d) => !notes.has(d.id)) && Date.now() < deadline) {
      if (notes.size >= DECISIONS * 0.7 && proxy.faulty()) {
        proxy.clear();
        log(`${elapsed()}: faults cleared at ${notes.size} notes`);
      }
      await new Promise((r) => setTimeout(r, 2000));
      notes = await notesByDecision(issueIds);
      log(`${elapsed()}: ${notes.size} decisions have notes`);
    }
    proxy.clear();
    const delivered = decisions.filter((d) => notes.has(d.id)).length;
    const lost = decisions.length - delivered;
    const duplicated = decisions.filter((d) => (notes.get(d.id) ?? 0) > 1).length;
    const counts = proxy.counts();
    const puts = Object.entries(counts)
      .filter(([key]) => key.startsWith('PUT'))
      .reduce((sum, [, n]) => sum + n, 0);
    console.log(
      `writeback: submitted=${decisions.length} delivered=${delivered} lost=${lost} duplicated=${duplicated} (PUT requests seen by the proxy: ${puts})`,
    );
    if (lost + duplicated > 0) {
      // Say where each such decision got to: its outbox entry, and its notes in Redmine.
      const inspector = await browser.context.newPage().catch(() => undefined);
      await inspector?.goto(`chrome-extension://${browser.extensionId}/options.html`);
      for (const d of decisions.filter((x) => (notes.get(x.id) ?? 0) !== 1)) {
        const entry = await inspector?.evaluate(
          (key) =>
            new Promise((resolve) => {
              const open = indexedDB.open('caselight-outbox');
              open.onsuccess = () => {
                const get = open.result.transaction('entries').objectStore('entries').get(key);
                get.onsuccess = () =>
                  resolve((get.result as { writebacks?: unknown })?.writebacks ?? 'absent');
              };
            }),
          d.id,
        );
        const response = await redmineApi(redmine(), `/issues/${d.caseId}.json?include=journals`);
        const { issue } = (await response.json()) as {
          issue: { journals: { id: number; created_on: string; notes: string }[] };
        };
        const mine = issue.journals
          .filter((j) => j.notes?.includes(d.id))
          .map((j) => `#${j.id} ${j.created_on}`);
        log(
          `decision ${d.id} on #${d.caseId}: notes ${mine.join(', ') || 'none'}; outbox ${JSON.stringify(entry)}`,
        );
      }
      log(`proxy counts: ${JSON.stringify(counts)}`);
    }
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
  },
);

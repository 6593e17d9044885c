import type { CDPSession, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startOpenAIStandIn, type StartedStandIn } from '../server/openai-stand-in';
import { DEFAULT_SETTINGS } from '../utils/settings/schema';
import { startHarness, type Harness } from './harness';
import { setStoredModelBaseUrl } from './stored-settings';

/**
 * Issue 23's finding: a content script (any console page that compromises it) could point the
 * model address in `storage.local` at its own server, and scoring then sent the model key there.
 * A second server on loopback (which the manifest lets the background reach without asking)
 * stands for the attacker's: it must never see the key.
 */

const KEY = 'stand-in-key';
const POLL = { timeout: 15_000 };

async function openCase(h: Harness, caseId: string): Promise<{ page: Page; panel: Frame }> {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(h.consoleUrl(`/console/cases/${caseId}`));
  const panel = await h.panelFrame(page);
  await expect.poll(() => panel.getByTestId('case-id').textContent(), POLL).toBe(caseId);
  return { page, panel };
}

/** Runs `expression` in the content script's isolated world of the page's main frame. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds: Array<{
    id: number;
    name: string;
    auxData?: { type?: string; isDefault?: boolean; frameId?: string };
  }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const main = worlds.find((c) => c.auxData?.isDefault)?.auxData?.frameId;
  const world = worlds.find(
    (c) => c.auxData?.type === 'isolated' && c.name === 'Caselight' && c.auxData.frameId === main,
  );
  if (!world) throw new Error('No Caselight content script world on this page');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

const carryingKey = (s: StartedStandIn) =>
  s.requests.filter((r) => r.headers.authorization === `Bearer ${KEY}`);

describe('the model key goes only to the server it was approved for', () => {
  let h: Harness;
  let attacker: StartedStandIn;
  beforeAll(async () => {
    h = await startHarness();
    attacker = await startOpenAIStandIn({ port: 0 });
    await h.configure();
  });
  afterAll(async () => {
    await attacker.close();
    await h.close();
  });

  test('a model address a content script writes to storage.local gets no request', async () => {
    const { page } = await openCase(h, 'C-1002');
    const tampered = {
      ...DEFAULT_SETTINGS,
      caseApiUrl: `${h.api.url}/api`,
      model: { ...DEFAULT_SETTINGS.model, baseUrl: attacker.url },
    };
    // Written as version 1 kept settings, version record included.
    const written = await inContentScript(
      page,
      `chrome.storage.local.set(${JSON.stringify({ settings: tampered, settings$: { v: 1 } })})
        .then(() => chrome.storage.local.get('settings'))
        .then((items) => items.settings.model.baseUrl)`,
    );
    expect(written).toBe(attacker.url);
    const before = carryingKey(h.standIn).length;
    await page.close();

    // A case not scored yet: scoring runs now, after the write.
    const { page: next, panel } = await openCase(h, 'C-1003');
    await expect
      .poll(() => panel.getByTestId('provenance-freshness').first().textContent(), POLL)
      .toBe('live');
    expect(attacker.requests).toEqual([]);
    expect(carryingKey(h.standIn).length).toBeGreaterThan(before);
    await next.close();
  });

  test('a guidance pack a content script writes to storage.local is put back', async () => {
    const { page } = await openCase(h, 'C-1001');
    const readCopy = `chrome.storage.local.get('guidancePack').then((i) => i.guidancePack.publisher)`;
    const publisher = await inContentScript(page, readCopy);
    await inContentScript(
      page,
      `chrome.storage.local.get('guidancePack').then((i) => chrome.storage.local.set({
        guidancePack: { ...i.guidancePack, version: 999, publisher: 'attacker' } }))`,
    );
    await expect.poll(() => inContentScript(page, readCopy), POLL).toBe(publisher);
    await page.close();
  });

  test('an address changed without a save in Options: scoring refuses, and the panel says why', async () => {
    const options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
    await setStoredModelBaseUrl(options, attacker.url);
    await options.close();

    const { page, panel } = await openCase(h, 'C-1004');
    const problem = panel.getByTestId('model-problem').first();
    await expect
      .poll(() => problem.textContent(), POLL)
      .toContain(
        `The model key was approved for ${new URL(h.standIn.url).origin}, not ${new URL(attacker.url).origin}`,
      );
    expect(await problem.textContent()).toContain('Re-save it in Caselight options');
    expect(attacker.requests).toEqual([]);
    await page.close();
  });
});

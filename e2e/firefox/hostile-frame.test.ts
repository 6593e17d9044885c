import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SESSION_VIEW_PORT } from '../../utils/session-view/keys';
import { pause, testId, textOf } from './dom';
import { startFirefoxHarness, type FirefoxHarness } from './harness';

type Port = {
  postMessage(m: object): void;
  onMessage: { addListener(f: (m: unknown) => void): void };
  onDisconnect: { addListener(f: () => void): void };
};
type Runtime = {
  sendMessage(m: object): Promise<unknown>;
  connect(options: { name: string }): Port;
};

/**
 * What the framed page gets when it asks the background as the panel would: its tab's case
 * and the session data every panel reads (plus the dock tokens, which no panel may read).
 */
function probe(frame: Frame) {
  return frame.evaluate(async (name) => {
    const runtime = (globalThis as unknown as { browser: { runtime: Runtime } }).browser.runtime;
    const attach = await runtime.sendMessage({
      type: 'panel:attach',
      target: { kind: 'own-tab' },
    });
    const tabId = (attach as { tabId?: number }).tabId ?? 1;
    const keys = ['apiStatus', `tabCase:${tabId}`, `dockTokens:${tabId}`];
    const port = runtime.connect({ name });
    const session = await new Promise<unknown>((resolve) => {
      // Changes to the panel's keys may come first: the answer is the message with the id.
      port.onMessage.addListener((m) => void ((m as { id?: number }).id === 1 && resolve(m)));
      port.onDisconnect.addListener(() => resolve('disconnected'));
      port.postMessage({ id: 1, keys });
    });
    return { attach, session };
  }, SESSION_VIEW_PORT);
}

/**
 * In Firefox panel.html is web-accessible at its static address (MV2 has no dynamic one; the
 * uuid is random per install). A site that learnt it can frame the panel, with a made-up dock
 * token or none: it must get no case, no status and no session data.
 */
describe('Firefox: a hostile site framing panel.html', () => {
  let h: FirefoxHarness;
  let site: Server;
  let siteUrl: string;
  beforeAll(async () => {
    h = await startFirefoxHarness();
    await h.configure();
    const panel = `${h.extensionBase}panel.html`;
    const html = `<!doctype html><title>Hostile</title>
<iframe name="bare" src="${panel}"></iframe>
<iframe name="forged" src="${panel}?dock=${'ab'.repeat(16)}"></iframe>`;
    site = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(html),
    );
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    // `localhost` is no console: no content script, no dock, no token for this tab.
    siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    site?.close();
    await h?.close();
  });

  test('gets nothing from the background, with or without a dock token', async () => {
    // A case is on screen in another tab: there is something to steal.
    const { page: console, panel } = await h.openCase('C-1001');
    // The probe, from our own dock's panel, reads what a panel needs and no dock token.
    const own = (await probe(panel)) as { session: { values: Record<string, unknown> } };
    expect(Object.keys(own.session.values).toSorted()).toEqual(
      expect.arrayContaining(['apiStatus', expect.stringMatching(/^tabCase:\d+$/)]),
    );
    expect(Object.keys(own.session.values).some((k) => k.startsWith('dockTokens'))).toBe(false);
    const page = await h.browser.newPage();
    await page.goto(siteUrl);
    const frames = await Promise.all(['bare', 'forged'].map((name) => h.namedFrame(page, name)));
    await pause(1000);
    for (const frame of frames) {
      const got = await probe(frame);
      expect(got.attach).toEqual({ refused: 'panel:attach is not accepted from this sender' });
      expect(got.session).toBe('disconnected');
      expect(await textOf(frame, testId('case-id'))).toBeNull();
      expect(await textOf(frame, testId('api-status'))).not.toContain('connected as');
    }
    await page.close();
    await console.close();
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sendFromExtensionPage } from './extension-message';
import { startHarness, type Harness } from './harness';

/** A site that knows Caselight's id and tries to frame and probe its panel. */
function hostilePage(panelUrl: string): string {
  return `<!doctype html><title>Hostile</title>
<iframe id="framed" src="${panelUrl}"></iframe>
<script>
  window.probes = {};
  fetch(${JSON.stringify(panelUrl)}).then(
    (r) => r.text().then((t) => (probes.fetch = 'read ' + t.length + ' characters')),
    () => (probes.fetch = 'failed'),
  );
  // A script tag loads anything reachable (and only then fails to run it): the classic probe.
  const probe = document.createElement('script');
  probe.onload = () => (probes.script = 'loaded');
  probe.onerror = () => (probes.script = 'failed');
  probe.src = ${JSON.stringify(panelUrl)};
  document.head.append(probe);
</script>`;
}

describe('a hostile site and panel.html', () => {
  let h: Harness;
  let site: Server;
  let siteUrl: string;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
    const html = hostilePage(h.extensionUrl('panel.html'));
    site = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(html),
    );
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    // Another origin than the consoles': `localhost` is no console, so no dock there.
    siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    site.close();
    await h.close();
  });

  test('cannot frame the panel by its static address, nor fetch or probe it', async () => {
    const page = await h.context.newPage();
    await page.goto(siteUrl);
    await expect.poll(() => page.evaluate(() => Object.keys(window.probes).length)).toBe(2);
    expect(await page.evaluate(() => window.probes)).toEqual({ fetch: 'failed', script: 'failed' });
    // The frame exists but holds no panel: Chromium refused to load it there.
    const framed = page.frames().filter((f) => f !== page.mainFrame());
    expect(framed).toHaveLength(1);
    const panelLoaded = await framed[0]!
      .evaluate(() => document.getElementById('root') !== null)
      .catch(() => false);
    expect(panelLoaded).toBe(false);
    await page.close();
  });

  test('a framed extension page is refused lead, trainer, writer and other tabs’ requests', async () => {
    const console = await h.context.newPage();
    await console.goto(h.consoleUrl('/console/cases/C-1001'));
    const docked = await h.panelFrame(console);
    await expect.poll(() => docked.getByTestId('case-id').textContent()).toBe('C-1001');
    const other = await h.context.newPage();
    await other.goto(h.consoleUrl('/console/cases/C-1002'));
    await (await h.panelFrame(other)).getByTestId('case-id').waitFor();
    const otherTab = (await sendFromExtensionPage(await h.panelFrame(other), {
      type: 'panel:attach',
      target: { kind: 'own-tab' },
    })) as { tabId: number };

    const topOnly = [
      { type: 'guidance:publish' },
      { type: 'guidance:load' },
      { type: 'training:trainer' },
      { type: 'writers:list' },
      { type: 'writers:save', definition: {} },
      { type: 'models:clear-cache' },
    ];
    for (const message of topOnly)
      expect(await sendFromExtensionPage(docked, message)).toEqual({
        refused: `${message.type} is not accepted from this sender`,
      });
    // Our docked panel may build an adapter for its own page only.
    expect(
      await sendFromExtensionPage(docked, { type: 'adapter:page', tabId: otherTab.tabId }),
    ).toEqual({ refused: "adapter:page may only name the panel's own tab" });

    // An extension page framed in the console tab without the tab's dock token (here framed
    // by our panel itself, the one way left to frame it) gets nothing at all.
    await docked.evaluate(() => {
      const nested = document.createElement('iframe');
      // The static address is refused here too; the session's dynamic one still loads.
      const { runtime } = (globalThis as unknown as { chrome: ChromeRuntime }).chrome;
      nested.src = runtime.getURL('panel.html');
      document.body.append(nested);
    });
    await expect.poll(() => console.frames().some((f) => isNested(f.url()))).toBe(true);
    const nested = console.frames().find((f) => isNested(f.url()))!;
    await nested.waitForFunction(() => 'chrome' in globalThis);
    for (const message of [
      ...topOnly,
      { type: 'panel:attach', target: { kind: 'own-tab' } },
      { type: 'case:assess', tabId: otherTab.tabId },
      { type: 'training:mine' },
      { type: 'outbox:retry', decisionIds: [] },
    ])
      expect(await sendFromExtensionPage(nested, message)).toEqual({
        refused: `${message.type} is not accepted from this sender`,
      });
    await Promise.all([console.close(), other.close()]);
  });
});

const isNested = (url: string) => url.endsWith('/panel.html');

interface ChromeRuntime {
  runtime: { getURL(path: string): string };
}

declare global {
  interface Window {
    probes: Record<string, string>;
  }
}

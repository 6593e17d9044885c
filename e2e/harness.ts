import type { BrowserContext, Frame, Page } from 'playwright-core';
import { DEMO_TOKENS, startCaseApi, type CaseOptions, type StartedServer } from '../server';
import { startOpenAIStandIn, type StartedStandIn } from '../server/openai-stand-in';
import { launchWithExtension } from './browser';
import { fillOptions } from './options-page';

export interface Harness {
  api: StartedServer;
  standIn: StartedStandIn;
  context: BrowserContext;
  extensionId: string;
  extensionUrl(path: string): string;
  consoleUrl(path?: string): string;
  /** Fills the options page the way a reviewer would, and waits for its check to finish. */
  configure(overrides?: {
    caseApiUrl?: string;
    token?: string;
    undoWindowSeconds?: number;
    guidanceSyncSeconds?: number;
  }): Promise<void>;
  panelFrame(page: Page): Promise<Frame>;
  /** Kills the service worker at once, as Chrome does when it is idle (TOOLCHAIN.md). */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(
  options: {
    apiFaults?: boolean;
    extensionDir?: string;
    /** The case API's case settings, e.g. `keepCaseText`. */
    cases?: CaseOptions;
  } = {},
): Promise<Harness> {
  const api = await startCaseApi({
    demo: true,
    port: 0,
    faults: options.apiFaults,
    ...options.cases,
  });
  const standIn = await startOpenAIStandIn({ port: 0 });
  const { context, extensionId } = await launchWithExtension({
    extensionDir: options.extensionDir,
  });
  const extensionUrl = (path: string) =>
    `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  const harness: Harness = {
    api,
    standIn,
    context,
    extensionId,
    extensionUrl,
    consoleUrl: (path = '/console') => `${api.url}${path}`,
    async configure(overrides = {}) {
      await fillOptions(context, extensionId, {
        caseApiUrl: overrides.caseApiUrl ?? `${api.url}/api`,
        token: overrides.token ?? DEMO_TOKENS.reviewer,
        modelBaseUrl: standIn.url,
        modelKey: 'stand-in-key',
        undoWindowSeconds: overrides.undoWindowSeconds,
        guidanceSyncSeconds: overrides.guidanceSyncSeconds,
      });
    },
    async panelFrame(page) {
      const prefix = extensionUrl('panel.html');
      const deadline = Date.now() + 10_000;
      for (;;) {
        const frame = page.frames().find((f) => f.url().startsWith(prefix) && !f.isDetached());
        if (frame) return frame;
        if (Date.now() > deadline) throw new Error('The Caselight panel frame never appeared');
        await page.waitForTimeout(10);
      }
    },
    async stopServiceWorker() {
      const page = await context.newPage();
      await page.goto(extensionUrl('options.html'));
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.close();
    },
    async close() {
      await context.close();
      await Promise.all([api.close(), standIn.close()]);
    },
  };
  return harness;
}

/** Whether the page has a Caselight panel frame right now. */
export function hasPanel(harness: Harness, page: Page): boolean {
  return page.frames().some((f) => f.url().startsWith(harness.extensionUrl('panel.html')));
}

import type { Frame, Page } from 'playwright-core';

type Send = (message: unknown) => Promise<unknown>;

/**
 * Sends a request to the background from an extension page, as the panel and the options
 * pages do (the protocol accepts these types only from extension pages). For tests, benches and
 * the demo, which set up writers and submit decisions without clicking through each page.
 */
export function sendFromExtensionPage(page: Page | Frame, message: object): Promise<unknown> {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage: Send } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );
}

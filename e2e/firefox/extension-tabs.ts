import type { Browser, Frame, Page } from 'puppeteer-core';

/**
 * Extension pages in tabs of their own. WebDriver BiDi refuses to navigate a tab to a
 * moz-extension:// address, and Puppeteer reports such a tab as about:blank: the first is
 * opened the way a reviewer opens it, with the panel's "Open options" (which asks the
 * background), and the rest from that page with `tabs.create`, found by their own location.
 */
export interface ExtensionTabs {
  options: Page;
  open(path: string): Promise<Page>;
}

type BrowserGlobal = {
  browser: {
    runtime: { sendMessage(message: object): Promise<unknown> };
    tabs: { create(options: { url: string }): Promise<unknown> };
  };
};

const hrefOf = (page: Page) => page.evaluate(() => location.href).catch(() => 'about:blank');

async function waitForTab(browser: Browser, url: string, known: Set<Page>): Promise<Page> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const page of await browser.pages()) {
      if (known.has(page)) continue;
      const href = await hrefOf(page);
      if (href.startsWith(url)) {
        await page.waitForFunction(() => document.readyState === 'complete');
        return page;
      }
    }
    if (Date.now() > deadline) throw new Error(`No tab opened at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function extensionTabs(
  browser: Browser,
  base: string,
  panel: Frame,
): Promise<ExtensionTabs> {
  const known = new Set(await browser.pages());
  await panel.evaluate(() =>
    (globalThis as unknown as BrowserGlobal).browser.runtime.sendMessage({ type: 'options:open' }),
  );
  const options = await waitForTab(browser, `${base}options.html`, known);
  return {
    options,
    async open(path) {
      const before = new Set(await browser.pages());
      const url = `${base}${path.replace(/^\//, '')}`;
      await options.evaluate(
        (u) => (globalThis as unknown as BrowserGlobal).browser.tabs.create({ url: u }),
        url,
      );
      return waitForTab(browser, url, before);
    },
  };
}

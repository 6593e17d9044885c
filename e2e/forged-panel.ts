import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness';

interface ChromeGlobal {
  chrome: { runtime: { getURL(path: string): string } };
}

/**
 * What a hostile console would do with the panel if it could frame it: a panel frame of its
 * own, styled as it likes, showing the tab's case. It no longer can (only the session's
 * dynamic address loads the panel, and only a frame carrying the tab's dock token gets its
 * case: e2e/hostile-frame.test.ts), so this hands the page both, as if it had stolen them, to
 * show the panel's own guards (seen-guard, intent-guard, focus-grant) still hold if that failed.
 */
export async function framePanelItself(h: Harness, page: Page, caseId: string, style: string) {
  const dockToken = new URL((await h.panelFrame(page)).url()).searchParams.get('dock');
  const [worker] = h.context.serviceWorkers();
  const dynamicUrl = await worker!.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.getURL('panel.html'),
  );
  await page.evaluate(
    ({ src, css }) => {
      const forged = document.createElement('iframe');
      forged.name = 'forged';
      forged.src = src;
      forged.style.cssText = `position:fixed;border:0;z-index:2147483647;${css}`;
      document.documentElement.append(forged);
    },
    { src: `${dynamicUrl}?dock=${dockToken}`, css: style },
  );
  await expect.poll(() => page.frame({ name: 'forged' })?.url()).toContain('/panel.html');
  const forged = page.frame({ name: 'forged' })!;
  await expect.poll(() => forged.getByTestId('case-id').textContent()).toBe(caseId);
  return forged;
}

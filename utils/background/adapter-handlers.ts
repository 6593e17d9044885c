import { browser } from 'wxt/browser';
import type { BuilderAnswers, BuilderMessage } from '../case/builder-messages';
import type { Handlers } from '../messaging/router';

/**
 * The adapter builder runs in the console tab (it needs the page's DOM) but only when a lead
 * asks for it: the background injects it on demand, so the content script every console page
 * loads stays small. Injection needs the lead to have allowed Caselight on that site.
 */
const BUILDER_SCRIPT = '/adapter-builder.js';

async function toBuilder<T extends BuilderMessage['type']>(
  tabId: number,
  message: Extract<BuilderMessage, { type: T }>,
): Promise<BuilderAnswers[T]> {
  const ready = await browser.tabs
    .sendMessage(tabId, { type: 'builder:ping' } satisfies BuilderMessage)
    .catch(() => undefined);
  if (!ready) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [BUILDER_SCRIPT] });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Caselight cannot work in this tab yet (${reason}). Allow it on this site first.`,
        { cause: error },
      );
    }
  }
  const answer = (await browser.tabs.sendMessage(tabId, message)) as BuilderAnswers[T] | undefined;
  if (!answer) throw new Error('The page did not answer; reload it and try again.');
  return answer;
}

type AdapterHandlers = Pick<
  Handlers,
  'adapter:page' | 'adapter:test' | 'adapter:pick' | 'adapter:pick-cancel' | 'case:highlight'
>;

export const adapterHandlers: AdapterHandlers = {
  'adapter:page': async ({ tabId }) => {
    // The address is only visible once the site is allowed (or the toolbar was clicked on it).
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return { url: tab?.url ?? null };
  },
  'adapter:test': ({ tabId, definition }) => toBuilder(tabId, { type: 'builder:test', definition }),
  'adapter:pick': ({ tabId, kind, hint, itemsSelector }) =>
    toBuilder(tabId, { type: 'builder:pick', kind, hint, itemsSelector }),
  'adapter:pick-cancel': async ({ tabId }) => {
    await browser.tabs
      .sendMessage(tabId, { type: 'builder:cancel' } satisfies BuilderMessage)
      .catch(() => undefined);
    return { ok: true };
  },
  'case:highlight': async ({ tabId, itemId }) => {
    // Only the top frame: that is where the content script read the case.
    const answer = (await browser.tabs
      .sendMessage(tabId, { type: 'dock:highlight', itemId }, { frameId: 0 })
      .catch(() => undefined)) as { shown?: boolean } | undefined;
    return { shown: answer?.shown === true };
  },
};

import { browser } from 'wxt/browser';
import type { Adapter } from '../case/adapter';
import { highlightElement } from './highlight';

function isHighlight(message: unknown): message is { type: 'dock:highlight'; itemId: string } {
  const m = message as { type?: unknown; itemId?: unknown } | null;
  return m?.type === 'dock:highlight' && typeof m.itemId === 'string';
}

/**
 * The panel asks (through the background, never the page) to show a message in the console;
 * `shownAdapter` is the adapter that read the case on screen, if any.
 */
export function answerHighlightRequests(
  doc: Document,
  shownAdapter: () => Adapter | undefined,
  signal: AbortSignal,
): void {
  let clearHighlight: (() => void) | undefined;
  // Answers through sendResponse, not a returned promise: the script runs on the browser's
  // own API (no polyfill), and older Chrome ignores a promise returned by a listener.
  const onMessage = (
    message: unknown,
    sender: { id?: string; tab?: unknown },
    sendResponse: (answer: { shown: boolean }) => void,
  ) => {
    if (sender.id !== browser.runtime.id || sender.tab || !isHighlight(message)) return;
    const target = shownAdapter()?.locateItem(doc, message.itemId);
    clearHighlight?.();
    clearHighlight = target ? highlightElement(doc, target) : undefined;
    sendResponse({ shown: target !== undefined });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    clearHighlight?.();
  });
}

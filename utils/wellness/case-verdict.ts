import { browser } from 'wxt/browser';

/**
 * The background's word that the team's policy lets one case's media go unfiltered (it is in
 * no filtered queue, or scores under every threshold). Only that direction is ever sent: a case
 * is filtered until this comes, so a late, lost or missing message leaves it filtered.
 */
export interface CaseUnfiltered {
  type: 'wellness:case-unfiltered';
  /** The case page's address as the background saw it; another page ignores the message. */
  url: string;
}

export const CASE_UNFILTERED = 'wellness:case-unfiltered';

function isCaseUnfiltered(message: unknown): message is CaseUnfiltered {
  const m = message as Partial<CaseUnfiltered> | null;
  return m?.type === CASE_UNFILTERED && typeof m.url === 'string';
}

/** In the content script: calls back with the case page address whose media may be unfiltered. */
export function watchCaseVerdicts(onUnfiltered: (url: string) => void): () => void {
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // From this extension's background only (not a page, not another tab's content script).
    if (sender.id !== browser.runtime.id || sender.tab || !isCaseUnfiltered(message)) return;
    onUnfiltered(message.url);
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

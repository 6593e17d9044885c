import { browser } from 'wxt/browser';
import { CONSOLE_MATCHES } from '../case/adapters/matches';
import { matchesAny } from '../case/match-pattern';
import { userAdaptersStorage, type StoredAdapter } from '../case/user-adapters';

/**
 * The content script for consoles added at run time. The manifest only declares the built-in
 * consoles; a lead's adapter brings its own origins, granted one by one on a click, and this
 * keeps one dynamic registration covering exactly the enabled adapters' granted patterns.
 */
const REGISTRATION_ID = 'caselight-user-consoles';
const CONTENT_SCRIPT = '/content-scripts/console.js';

/** Patterns the static content script already covers would inject it twice. */
function coveredStatically(pattern: string): boolean {
  const host = /^[^:]+:\/\/([^/:]+)/.exec(pattern)?.[1];
  if (!host) return false;
  return matchesAny(CONSOLE_MATCHES, new URL(`http://${host}/`));
}

export async function grantedPatterns(stored: StoredAdapter[]): Promise<string[]> {
  const wanted = new Set(
    stored
      .filter((s) => s.enabled)
      .flatMap((s) => s.definition.matches.filter((p) => !coveredStatically(p))),
  );
  const granted: string[] = [];
  for (const pattern of wanted) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  return granted.toSorted();
}

/** Brings the registration in line with the stored adapters; returns the newly added patterns. */
export async function syncAdapterRegistrations(): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return [];
  const matches = await grantedPatterns(await userAdaptersStorage.getValue());
  const existing = await scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  const current = existing[0]?.matches?.toSorted() ?? [];
  if (current.join('\n') === matches.join('\n')) return [];
  if (existing.length) await scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  if (matches.length) {
    await scripting.registerContentScripts([
      {
        id: REGISTRATION_ID,
        matches,
        js: [CONTENT_SCRIPT],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  }
  return matches.filter((pattern) => !current.includes(pattern));
}

/**
 * Tabs already open on a newly granted console get the script now, so the lead who just saved
 * an adapter sees the panel without reloading (the script ignores a second injection).
 */
export async function injectIntoOpenTabs(patterns: string[]): Promise<void> {
  if (!patterns.length || !browser.scripting?.executeScript) return;
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting
            .executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] })
            .catch(() => undefined),
    ),
  );
}

let syncing = Promise.resolve();

/** One at a time: two quick changes must not both register the same script id. */
const sync = () => {
  syncing = syncing
    .then(syncAdapterRegistrations)
    .then(injectIntoOpenTabs)
    .catch((error: unknown) =>
      console.error('Caselight: could not register console adapters', error),
    );
  return syncing;
};

export function startAdapterRegistration(): void {
  userAdaptersStorage.watch(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  void sync();
}

import { storage } from 'wxt/utils/storage';
import type { TabCaseState } from './state';

/**
 * Per-tab case state in `storage.session`. Only the background writes it, and only with
 * data it has just validated against the message schema; session storage is closed to
 * content scripts and emptied on every extension update, so readers need not re-parse it
 * (which keeps zod out of the panel's startup path).
 */
const keyOf = (tabId: number) => `session:tabCase:${tabId}` as const;
const lastCaseTab = storage.defineItem<number | null>('session:lastCaseTab', { fallback: null });

export async function readTabCase(tabId: number): Promise<TabCaseState | null> {
  return storage.getItem<TabCaseState>(keyOf(tabId));
}

export async function writeTabCase(tabId: number, state: TabCaseState | null): Promise<void> {
  // One storage write, not two: this sits on the path from page to panel.
  await storage.setItems([
    { key: keyOf(tabId), value: state },
    ...(state ? [{ item: lastCaseTab, value: tabId }] : []),
  ]);
}

/** The tab that most recently showed a case: the side panel's fallback target. */
export async function readLastCaseTab(): Promise<number | null> {
  return lastCaseTab.getValue();
}

export function watchTabCase(tabId: number, onChange: (state: TabCaseState | null) => void) {
  return storage.watch<TabCaseState>(keyOf(tabId), onChange);
}

import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { tabAssessmentKey, type TabAssessment } from '../tab-assessment/store';
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

/**
 * `scores`, when given, are the case's (cached) assessment: written in the same storage change,
 * so a panel shows the case and its scores in one render.
 */
export async function writeTabCase(
  tabId: number,
  state: TabCaseState | null,
  scores?: TabAssessment,
): Promise<void> {
  // One storage write, not two: this sits on the path from page to panel.
  await storage.setItems([
    { key: keyOf(tabId), value: state },
    ...(state ? [{ item: lastCaseTab, value: tabId }] : []),
    ...(scores ? [{ key: tabAssessmentKey(tabId), value: scores }] : []),
  ]);
}

/** The tab that most recently showed a case: the side panel's fallback target. */
export async function readLastCaseTab(): Promise<number | null> {
  return lastCaseTab.getValue();
}

/**
 * Follows the tab's case. `scores` is the tab's assessment when it was written in the same
 * change (a cached revisit), else undefined. One listener for both keys: with a listener each,
 * a panel that mounts the new case on the first would not yet be watching for the second.
 */
export function watchTabCase(
  tabId: number,
  onChange: (state: TabCaseState | null, scores?: TabAssessment | null) => void,
): () => void {
  // The keys as `storage.session` holds them, without WXT's area prefix.
  const caseKey = keyOf(tabId).replace('session:', '');
  const scoresKey = tabAssessmentKey(tabId).replace('session:', '');
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[caseKey];
    if (area !== 'session' || !change) return;
    const scores = changes[scoresKey];
    onChange(
      (change.newValue ?? null) as TabCaseState | null,
      scores && ((scores.newValue ?? null) as TabAssessment | null),
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

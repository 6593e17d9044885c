import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  rememberTabAssessment,
  tabAssessmentKey,
  type TabAssessment,
} from '../tab-assessment/store';
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

// What this context last wrote per tab. Only the background writes tab cases, so there it
// knows each tab's current state without a storage round trip (which queues behind others').
const written = new Map<number, TabCaseState | null>();

/**
 * The tab's case state: from memory when this context wrote its latest (a write still landing
 * included), else from storage (a restarted worker, or any other context).
 */
export async function currentTabCase(tabId: number): Promise<TabCaseState | null> {
  return written.has(tabId) ? (written.get(tabId) ?? null) : readTabCase(tabId);
}

/** Whether `at` is still the tab's ready case (see `currentTabCase`). */
export async function isCurrentTabCase(tabId: number, at: number): Promise<boolean> {
  const now = await currentTabCase(tabId);
  return now?.status === 'ready' && now.at === at;
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
  written.set(tabId, state);
  if (scores) rememberTabAssessment(tabId, scores);
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

/** What changed on a tab: each key is present only if it was part of the change. */
export interface TabChange {
  state?: TabCaseState | null;
  scores?: TabAssessment | null;
}

/**
 * Follows the tab's case and its scores through one listener, so a case written together with
 * its cached scores arrives in one callback (one render), and a panel that mounts a case is
 * already following the scores written a moment before it mounted.
 */
export function watchTab(tabId: number, onChange: (change: TabChange) => void): () => void {
  // The keys as `storage.session` holds them, without WXT's area prefix.
  const caseKey = keyOf(tabId).replace('session:', '');
  const scoresKey = tabAssessmentKey(tabId).replace('session:', '');
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (!(caseKey in changes || scoresKey in changes)) return;
    const change: TabChange = {};
    if (caseKey in changes) change.state = (changes[caseKey]?.newValue ?? null) as TabCaseState;
    if (scoresKey in changes) {
      change.scores = (changes[scoresKey]?.newValue ?? null) as TabAssessment;
    }
    onChange(change);
  };
  // The area's own event: in Firefox's docked panel the area is the background's view of it.
  browser.storage.session.onChanged.addListener(listener);
  return () => browser.storage.session.onChanged.removeListener(listener);
}

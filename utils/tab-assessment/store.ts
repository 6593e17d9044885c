import { storage } from 'wxt/utils/storage';
import { forPanel } from '../assessment/panel-view';
import type { Assessment, SentPayload } from '../assessment/schema';

/**
 * The latest assessment of the case in one tab, in `storage.session` beside the tab's case
 * (`utils/tab-case/store.ts`). Only the background writes it, from an assessment it built and
 * validated itself, so panels read it without zod and follow changes through storage events.
 */
export interface TabAssessment {
  caseId: string;
  /** The `at` of the tab-case state it was computed for: tells a panel whether it is current. */
  caseAt: number;
  /**
   * As `forPanel` trims it (`utils/assessment/panel-view.ts`): per-message scores the panel
   * shows, and `sent` left empty: the request bodies are kept apart (`TabSent`).
   */
  assessment: Assessment;
  /** How many request bodies `TabSent` holds for this assessment. */
  sentCount: number;
}

/**
 * The exact text each provider received for the tab's latest assessment ("What was sent"),
 * under its own key: a long case sends tens of KB that nobody reads unless they open it, and
 * every panel would otherwise parse them with the scores, on the path to showing them.
 */
export interface TabSent {
  caseAt: number;
  sent: SentPayload[];
}

export const tabAssessmentKey = (tabId: number) => `session:assessment:${tabId}` as const;
export const tabSentKey = (tabId: number) => `session:assessmentSent:${tabId}` as const;

/** The assessment split the way the tab's storage keeps it: scores for panels, bodies apart. */
export function tabAssessmentOf(caseId: string, caseAt: number, assessment: Assessment) {
  const scores: TabAssessment = {
    caseId,
    caseAt,
    assessment: { ...forPanel(assessment), sent: [] },
    sentCount: assessment.sent.length,
  };
  const sent: TabSent = { caseAt, sent: assessment.sent };
  return { scores, sent };
}

export async function readTabAssessment(tabId: number): Promise<TabAssessment | null> {
  return storage.getItem<TabAssessment>(tabAssessmentKey(tabId));
}

// Each tab's stored assessment as this context last wrote or read it. Only the background
// writes it, so there the first read stays good: a panel attaching gets it from memory.
const known = new Map<number, Promise<TabAssessment | null>>();

/** Kept in memory as what storage holds (or is about to hold) for the tab. */
export function rememberTabAssessment(tabId: number, value: TabAssessment | null): void {
  known.set(tabId, Promise.resolve(value));
}

/**
 * The tab's stored assessment: from memory once this context wrote or read it (only the
 * background writes it), else read once. Called early, it warms the answer for a panel.
 */
export function currentTabAssessment(tabId: number): Promise<TabAssessment | null> {
  let value = known.get(tabId);
  if (!value) {
    value = readTabAssessment(tabId);
    known.set(tabId, value);
    // A failed read is not remembered: the next call reads again.
    value.catch(() => known.get(tabId) === value && known.delete(tabId));
  }
  return value;
}

export async function writeTabAssessment(tabId: number, value: TabAssessment | null) {
  rememberTabAssessment(tabId, value);
  await storage.setItem(tabAssessmentKey(tabId), value);
}

/** After the scores, in a storage change of its own (see `TabSent`). */
export async function writeTabSent(tabId: number, value: TabSent) {
  await storage.setItem(tabSentKey(tabId), value);
}

export async function readTabSent(tabId: number): Promise<TabSent | null> {
  return storage.getItem<TabSent>(tabSentKey(tabId));
}

export function watchTabSent(tabId: number, onChange: (v: TabSent | null) => void) {
  return storage.watch<TabSent>(tabSentKey(tabId), onChange);
}

/** What happened while scoring, e.g. a rate limit being waited out, for the case state `caseAt`. */
export interface ScoringNotice {
  caseAt: number;
  message: string;
}

const noticeKeyOf = (tabId: number) => `session:assessmentNotice:${tabId}` as const;

export async function writeScoringNotice(tabId: number, value: ScoringNotice | null) {
  await storage.setItem(noticeKeyOf(tabId), value);
}

export async function readScoringNotice(tabId: number): Promise<ScoringNotice | null> {
  return storage.getItem<ScoringNotice>(noticeKeyOf(tabId));
}

export function watchScoringNotice(tabId: number, onChange: (v: ScoringNotice | null) => void) {
  return storage.watch<ScoringNotice>(noticeKeyOf(tabId), onChange);
}

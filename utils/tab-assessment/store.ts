import { storage } from 'wxt/utils/storage';
import type { Assessment } from '../assessment/schema';

/**
 * The latest assessment of the case in one tab, in `storage.session` beside the tab's case
 * (`utils/tab-case/store.ts`). Only the background writes it, from an assessment it built and
 * validated itself, so panels read it without zod and follow changes through storage events.
 */
export interface TabAssessment {
  caseId: string;
  /** The `at` of the tab-case state it was computed for: tells a panel whether it is current. */
  caseAt: number;
  /** As `forPanel` trims it (`utils/assessment/panel-view.ts`): per-message scores the panel shows. */
  assessment: Assessment;
}

export const tabAssessmentKey = (tabId: number) => `session:assessment:${tabId}` as const;

export async function readTabAssessment(tabId: number): Promise<TabAssessment | null> {
  return storage.getItem<TabAssessment>(tabAssessmentKey(tabId));
}

export async function writeTabAssessment(tabId: number, value: TabAssessment | null) {
  await storage.setItem(tabAssessmentKey(tabId), value);
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

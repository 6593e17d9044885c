import { browser } from 'wxt/browser';
import type { Assessment } from '../assessment/schema';
import { ensureInstalledPack } from '../guidance/ensure-installed';
import { CASE_UNFILTERED, type CaseUnfiltered } from '../wellness/case-verdict';
import { wellnessPersonalStorage } from '../wellness/personal-storage';
import {
  DEFAULT_POLICY,
  filtersCase,
  wellnessPersonalSchema,
  wellnessPolicySchema,
  type CaseExposure,
} from '../wellness/policy';

/** The console page a tab's case was found on, kept for the verdict once it is scored. */
export interface CasePage {
  caseId: string;
  url: string;
  queue?: string;
}

/** Highest score per category over the case's items. */
export type CaseScores = Record<string, number>;

const pages = new Map<number, CasePage>();

export const scoresOf = (assessment: Assessment): CaseScores =>
  Object.fromEntries(
    Object.entries(assessment.categories).map(([category, top]) => [category, top?.score ?? 0]),
  );

/**
 * Whether the team's policy lets this case's media go unfiltered, from what is known so far.
 * A threshold policy needs the scores: until they are in, the answer is no.
 */
export async function caseMayBeUnfiltered(page: CasePage, scores?: CaseScores): Promise<boolean> {
  // The pack in force as the background keeps it, not the storage.local copy a page's content
  // script could write: loosening filters must rest on the lead's own policy.
  const [pack, stored] = await Promise.all([
    ensureInstalledPack(),
    wellnessPersonalStorage.getValue(),
  ]);
  const policy = wellnessPolicySchema.safeParse(pack.wellness ?? {});
  const personal = wellnessPersonalSchema.safeParse(stored);
  const team = policy.success ? policy.data : DEFAULT_POLICY;
  if (team.media === 'threshold' && !scores) return false;
  const exposure: CaseExposure = { queue: page.queue, scores: scores ?? {} };
  return !filtersCase(team, personal.success ? personal.data : { mediaFilters: 'team' }, exposure);
}

/** Tells the tab's console page, in the safe direction only (see `case-verdict.ts`). */
async function send(tabId: number, page: CasePage, scores?: CaseScores): Promise<void> {
  if (!(await caseMayBeUnfiltered(page, scores))) return;
  const message: CaseUnfiltered = { type: CASE_UNFILTERED, url: page.url };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined); // the page went away
}

/** A case was read on a tab's page (`scores` if cached): its queue may already decide. */
export function caseFound(tabId: number, page: CasePage, scores?: CaseScores): Promise<void> {
  pages.set(tabId, page);
  return send(tabId, page, scores);
}

/** The tab's case was scored; a case the tab has left since is not told about. */
export async function caseScored(tabId: number, caseId: string, scores: CaseScores) {
  const page = pages.get(tabId);
  if (page?.caseId === caseId) await send(tabId, page, scores);
}

export const forgetCasePage = (tabId: number) => void pages.delete(tabId);

import type { ExposurePolicy } from './exposure-policy';

/** Per UTC day, what the team aggregate counts: reported to the case API by the background. */
export interface ExposureDay {
  seconds: number;
  breaks: number;
  suggestions: number;
}

/**
 * The reviewer's own exposure count, kept in this browser only. Written by the panel that
 * shows a high-severity case; the background only reads `days` to report the team aggregate.
 */
export interface ExposureTally {
  shiftStartedAt: number;
  lastCountedAt: number;
  /** High-severity seconds this shift. */
  seconds: number;
  /** Seconds count at which the next break is suggested. */
  nextSuggestAt: number;
  /** The `nextSuggestAt` already counted as a suggestion shown (each counts once). */
  suggestedAt?: number;
  breakUntil?: number;
  days: Record<string, ExposureDay>;
}

/** A tick never adds more than this: a sleeping machine or a frozen panel is not exposure. */
export const MAX_TICK_MS = 30_000;
const KEEP_DAYS = 7;

const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

function addToDay(tally: ExposureTally, at: number, change: Partial<ExposureDay>): ExposureTally {
  const day = dayOf(at);
  const was = tally.days[day] ?? { seconds: 0, breaks: 0, suggestions: 0 };
  const now: ExposureDay = {
    seconds: was.seconds + (change.seconds ?? 0),
    breaks: was.breaks + (change.breaks ?? 0),
    suggestions: was.suggestions + (change.suggestions ?? 0),
  };
  const kept = Object.keys(tally.days).toSorted().slice(-KEEP_DAYS);
  const days = Object.fromEntries(kept.map((d) => [d, tally.days[d]!]));
  return { ...tally, days: { ...days, [day]: now } };
}

function newShift(now: number, policy: ExposurePolicy, days = {}): ExposureTally {
  const nextSuggestAt = policy.suggestBreakAfterMinutes * 60;
  return { shiftStartedAt: now, lastCountedAt: now, seconds: 0, nextSuggestAt, days };
}

export const onBreak = (tally: ExposureTally | undefined, now: number) =>
  tally?.breakUntil !== undefined && tally.breakUntil > now;

/**
 * `elapsedMs` more of a high-severity case shown. After `shiftGapHours` without counted time a
 * new shift starts; time during a break is not counted.
 */
export function countExposure(
  tally: ExposureTally | undefined,
  now: number,
  elapsedMs: number,
  policy: ExposurePolicy,
): ExposureTally {
  const gapMs = policy.shiftGapHours * 3_600_000;
  const current =
    !tally || now - tally.lastCountedAt > gapMs ? newShift(now, policy, tally?.days) : tally;
  if (onBreak(current, now)) return current;
  // Two panels showing a case at once (docked and side panel, two windows) add wall time
  // once: never more than has passed since anyone last counted.
  const since = current === tally ? now - current.lastCountedAt : elapsedMs;
  const seconds = Math.min(Math.max(Math.min(elapsedMs, since), 0), MAX_TICK_MS) / 1000;
  const counted = { ...current, lastCountedAt: now, seconds: current.seconds + seconds };
  return addToDay(counted, now, { seconds });
}

export type ExposureSuggestion = 'none' | 'break' | 'break-or-lighter-queue';

export function suggestionFor(
  tally: ExposureTally | undefined,
  policy: ExposurePolicy,
): ExposureSuggestion {
  if (!tally || tally.seconds < tally.nextSuggestAt) return 'none';
  return tally.seconds >= policy.suggestLighterQueueAfterMinutes * 60
    ? 'break-or-lighter-queue'
    : 'break';
}

/** Counts a suggestion shown, once per threshold crossed. */
export function noteSuggestion(tally: ExposureTally, now: number): ExposureTally {
  if (tally.suggestedAt === tally.nextSuggestAt) return tally;
  return addToDay({ ...tally, suggestedAt: tally.nextSuggestAt }, now, { suggestions: 1 });
}

/** A break, taken whenever the reviewer likes; the next suggestion is a full period later. */
export function takeBreak(
  tally: ExposureTally | undefined,
  now: number,
  policy: ExposurePolicy,
): ExposureTally {
  const base = tally ?? newShift(now, policy);
  const nextSuggestAt = base.seconds + policy.suggestBreakAfterMinutes * 60;
  const breakUntil = now + policy.breakMinutes * 60_000;
  return addToDay({ ...base, breakUntil, nextSuggestAt, lastCountedAt: now }, now, { breaks: 1 });
}

/** "Not now": asked again after a quarter of the period (at least 5 minutes) more. */
export function postpone(tally: ExposureTally, policy: ExposurePolicy): ExposureTally {
  const later = Math.max(5, Math.round(policy.suggestBreakAfterMinutes / 4)) * 60;
  return { ...tally, nextSuggestAt: tally.seconds + later };
}

export const endBreak = (tally: ExposureTally): ExposureTally => ({
  ...tally,
  breakUntil: undefined,
});

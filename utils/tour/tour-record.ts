/**
 * What the panel remembers about its guided tour. Free of WXT and zod: the end-to-end harness
 * (plain Node) imports it to seed the record, and the panel's startup path stays light.
 */

/** Bump when the tour changes enough to be worth showing once again to everyone. */
export const TOUR_VERSION = 1;

/** The `storage.local` key (`local:panelTour` to WXT). */
export const TOUR_STORAGE_KEY = 'panelTour';

export type TourOutcome = 'done' | 'skipped';

export interface TourRecord {
  /** The TOUR_VERSION the reviewer went through or skipped. */
  version: number;
  at: string;
  outcome: TourOutcome;
}

export function tourRecord(outcome: TourOutcome, at = new Date()): TourRecord {
  return { version: TOUR_VERSION, at: at.toISOString(), outcome };
}

/**
 * Skipping counts as seen: the reviewer said no, and the header button replays it. A record of
 * a later version (after a downgrade) counts too. Anything unreadable does not: showing a
 * skippable tour once too often costs less than never showing it.
 */
export function isTourSeen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { version, outcome } = value as Partial<TourRecord>;
  return (
    typeof version === 'number' &&
    version >= TOUR_VERSION &&
    (outcome === 'done' || outcome === 'skipped')
  );
}

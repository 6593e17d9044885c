import { storage } from 'wxt/utils/storage';
import { TOUR_STORAGE_KEY, tourRecord, type TourOutcome, type TourRecord } from './tour-record';

export { isTourSeen, TOUR_VERSION, type TourRecord } from './tour-record';

/**
 * Whether this reviewer went through (or skipped) the panel's guided tour, and which version.
 * Per browser profile, like the dock layout. Read as is and checked by `isTourSeen`: a bad
 * value only means the tour is offered again.
 */
export const panelTourStorage = storage.defineItem<TourRecord | null>(`local:${TOUR_STORAGE_KEY}`, {
  fallback: null,
  version: 1,
});

export async function rememberTour(outcome: TourOutcome, at = new Date()): Promise<void> {
  await panelTourStorage.setValue(tourRecord(outcome, at));
}

import { localItem } from '../storage/local-item';
import type { ExposureDay, ExposureTally } from './exposure-tally';

/** The reviewer's own exposure count (panels write it); not a secret, never sent per person. */
export const exposureTallyStorage = localItem<ExposureTally | null>('wellnessExposure', null);

/** What the background has already reported per day, so it sends only what is new. */
export const exposureReportedStorage = localItem<Record<string, ExposureDay>>(
  'wellnessExposureReported',
  {},
);

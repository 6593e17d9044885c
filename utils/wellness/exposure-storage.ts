import { localItem } from '../storage/local-item';
import type { ExposureReport } from './exposure-report-schema';
import type { ExposureDay, ExposureTally } from './exposure-tally';

/** The reviewer's own exposure count (panels write it); not a secret, never sent per person. */
export const exposureTallyStorage = localItem<ExposureTally | null>('wellnessExposure', null);

export interface ExposureReporting {
  /** What the case API has acknowledged, per day, so only what is new is sent. */
  reported: Record<string, ExposureDay>;
  /** A report sent but not acknowledged: sent again as is, so it counts once. */
  pending?: ExposureReport;
}

/** Written by the background alone. */
export const exposureReportingStorage = localItem<ExposureReporting>('wellnessExposureReported', {
  reported: {},
});

import { browser } from 'wxt/browser';
import { caseApiFetch } from '../case-api/client';
import type { ExposureReport } from '../wellness/exposure-report-schema';
import { exposureReportingStorage, exposureTallyStorage } from '../wellness/exposure-storage';
import type { ExposureDay } from '../wellness/exposure-tally';

export const EXPOSURE_ALARM = 'caselight-exposure-report';
const PERIOD_MINUTES = 5;

const ZERO: ExposureDay = { seconds: 0, breaks: 0, suggestions: 0 };

/** The first day with something not reported yet, as a report with a fresh id. */
function nextReport(
  days: Record<string, ExposureDay>,
  reported: Record<string, ExposureDay>,
): ExposureReport | undefined {
  for (const [day, total] of Object.entries(days).toSorted(([a], [b]) => a.localeCompare(b))) {
    const done = reported[day] ?? ZERO;
    const seconds = Math.floor(total.seconds - done.seconds);
    const breaks = total.breaks - done.breaks;
    const suggestions = total.suggestions - done.suggestions;
    if (seconds > 0 || breaks > 0 || suggestions > 0) {
      const reportId = crypto.randomUUID();
      return { reportId, day, seconds: Math.max(seconds, 0), breaks, suggestions };
    }
  }
  return undefined;
}

const add = (a: ExposureDay, b: ExposureReport): ExposureDay => ({
  seconds: a.seconds + b.seconds,
  breaks: a.breaks + b.breaks,
  suggestions: a.suggestions + b.suggestions,
});

/**
 * Sends the team aggregate what this reviewer added since the last report (amounts only, no
 * case, no times of day). Stops at the first failure; the pending report is sent again later.
 */
export async function reportExposure(): Promise<number> {
  let sent = 0;
  for (;;) {
    const [tally, state] = await Promise.all([
      exposureTallyStorage.getValue(),
      exposureReportingStorage.getValue(),
    ]);
    const report = state.pending ?? nextReport(tally?.days ?? {}, state.reported);
    if (!report) return sent;
    if (!state.pending) await exposureReportingStorage.setValue({ ...state, pending: report });
    const response = await caseApiFetch('/wellness/exposure', { method: 'POST', body: report });
    if (response.status !== 200 && response.status !== 201) return sent;
    const done = add(state.reported[report.day] ?? ZERO, report);
    // Days the tally no longer keeps are dropped here too.
    const kept = Object.entries(state.reported).filter(([day]) => tally?.days[day]);
    await exposureReportingStorage.setValue({
      reported: { ...Object.fromEntries(kept), [report.day]: done },
    });
    sent += 1;
  }
}

const report = () => void reportExposure().catch(() => undefined); // unreachable: next alarm

function onAlarm(alarm: { name: string }) {
  if (alarm.name === EXPOSURE_ALARM) report();
}

export function startExposureReports(): void {
  browser.alarms.onAlarm.addListener(onAlarm);
  void browser.alarms.get(EXPOSURE_ALARM).then(async (existing) => {
    if (!existing) await browser.alarms.create(EXPOSURE_ALARM, { periodInMinutes: PERIOD_MINUTES });
  });
}

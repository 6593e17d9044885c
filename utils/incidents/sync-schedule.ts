import { browser } from 'wxt/browser';
import { readSettings, watchSettings } from '../settings/storage';
import { syncIncidents } from './sync';

/**
 * Open incidents are read on an alarm (alarms wake a stopped service worker; timers do not) at
 * most every 30 s, so a declared incident reaches every panel within a minute and a closed one
 * leaves at the next tick; a team that checks guidance more often gets incidents that often.
 */

export const INCIDENT_ALARM = 'caselight-incident-sync';
export const INCIDENT_MAX_INTERVAL_S = 30;

export const incidentIntervalSeconds = (guidanceIntervalSeconds: number) =>
  Math.min(INCIDENT_MAX_INTERVAL_S, guidanceIntervalSeconds);

async function schedule(): Promise<void> {
  const { guidance } = await readSettings();
  const periodInMinutes = incidentIntervalSeconds(guidance.syncIntervalSeconds) / 60;
  // Re-creating an alarm restarts its countdown: only a changed period may replace it.
  const existing = await browser.alarms.get(INCIDENT_ALARM);
  if (existing?.periodInMinutes !== periodInMinutes) {
    await browser.alarms.create(INCIDENT_ALARM, {
      periodInMinutes,
      delayInMinutes: periodInMinutes,
    });
  }
}

function onAlarm(alarm: { name: string }) {
  if (alarm.name === INCIDENT_ALARM) void syncIncidents();
}

/** Starts polling; the returned function stops it (tests start it many times). */
export function startIncidentSync(): () => void {
  browser.alarms.onAlarm.addListener(onAlarm);
  const unwatch = watchSettings((now, before) => {
    if (now.guidance.syncIntervalSeconds !== before.guidance.syncIntervalSeconds) void schedule();
    if (now.caseApiUrl !== before.caseApiUrl) void syncIncidents();
  });
  void schedule().then(async () => {
    const { guidance } = await readSettings();
    // A worker restart reads again only if no read succeeded within the interval.
    await syncIncidents({ maxAgeMs: incidentIntervalSeconds(guidance.syncIntervalSeconds) * 1000 });
  });
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    unwatch();
  };
}

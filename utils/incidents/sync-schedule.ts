import { startAlarmPoll } from '../background/alarm-poll';
import { watchSettings } from '../settings/storage';
import { syncIncidents } from './sync';

/**
 * Open incidents are read on an alarm (see alarm-poll.ts) at most every 30 s, so a declared
 * incident reaches every panel within a minute and a closed one leaves at the next tick; a team
 * that checks guidance more often gets incidents that often.
 */

export const INCIDENT_ALARM = 'caselight-incident-sync';
export const INCIDENT_MAX_INTERVAL_S = 30;

export const incidentIntervalSeconds = (guidanceIntervalSeconds: number) =>
  Math.min(INCIDENT_MAX_INTERVAL_S, guidanceIntervalSeconds);

/** Starts polling; the returned function stops it (tests start it many times). */
export function startIncidentSync(): () => void {
  const stopPoll = startAlarmPoll({
    alarm: INCIDENT_ALARM,
    intervalSeconds: ({ guidance }) => incidentIntervalSeconds(guidance.syncIntervalSeconds),
    run: syncIncidents,
  });
  const unwatch = watchSettings((now, before) => {
    if (now.caseApiUrl !== before.caseApiUrl) void syncIncidents();
  });
  return () => {
    stopPoll();
    unwatch();
  };
}

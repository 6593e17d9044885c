import { useEffect, useMemo } from 'react';
import type { Case } from '../../utils/case/schema';
import { incidentMatcher } from '../../utils/incidents/match';
import type { Incident } from '../../utils/incidents/schema';
import { incidentSyncStorage } from '../../utils/incidents/sync-store';
import { sendRequest } from '../../utils/messaging/send';
import { useStored } from '../decide/use-stored';

/** A read this recent (by any panel, or the alarm) is enough when a panel opens. */
const RECENT_ENOUGH_MS = 15_000;
const NONE: Incident[] = [];

/** The open incidents, followed live; mounting asks the background for a fresh read. */
export function useOpenIncidents(): Incident[] {
  const sync = useStored(incidentSyncStorage);
  useEffect(() => {
    // The answer arrives through storage; a failed request only means the next tick will do.
    sendRequest({ type: 'incidents:sync-now', maxAgeMs: RECENT_ENOUGH_MS }).catch(() => undefined);
  }, []);
  return sync?.incidents ?? NONE;
}

/** Matches already reported from this panel: the case API counts a case once anyway. */
const reported = new Set<string>();

/**
 * The open incidents whose signature the case matches (none without a case). Each match is
 * reported (ids only) for the incident page's timeline; a failed report is not retried.
 */
export function useIncidentMatches(incidents: Incident[], caseData?: Case): Incident[] {
  const match = useMemo(() => incidentMatcher(incidents), [incidents]);
  const matched = useMemo(() => (caseData ? match(caseData) : NONE), [match, caseData]);
  useEffect(() => {
    if (!caseData) return;
    for (const { id } of matched) {
      const key = JSON.stringify([id, caseData.console, caseData.id]);
      if (reported.has(key)) continue;
      reported.add(key);
      const request = { incidentId: id, console: caseData.console, caseId: caseData.id };
      sendRequest({ type: 'incidents:match', ...request }).catch(() => undefined);
    }
  }, [matched, caseData]);
  return matched;
}

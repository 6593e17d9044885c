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

/** The open incidents whose signature the case matches (none without a case). */
export function useIncidentMatches(incidents: Incident[], caseData?: Case): Incident[] {
  const match = useMemo(() => incidentMatcher(incidents), [incidents]);
  return useMemo(() => (caseData ? match(caseData) : NONE), [match, caseData]);
}

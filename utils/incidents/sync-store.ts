import { storage } from 'wxt/utils/storage';
import type { Incident } from './schema';

/**
 * The open incidents as the background last read them, in `storage.local` like guidance sync's
 * outcome: panels read and follow it, only the background writes it. A failed check keeps the
 * last list (an incident does not vanish because the case API blinked) and says why.
 */
export interface IncidentSyncStatus {
  state: 'ok' | 'unreachable' | 'unauthorized' | 'bad-response' | 'not-configured';
  incidents: Incident[];
  message?: string;
  checkedAt: string;
}

export const incidentSyncStorage = storage.defineItem<IncidentSyncStatus | null>(
  'local:incidentSync',
  { fallback: null, version: 1 },
);

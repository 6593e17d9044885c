import { CaseApiError, caseApiGet } from '../case-api/client';
import { incidentListSchema } from './schema';
import { incidentSyncStorage, type IncidentSyncStatus } from './sync-store';

async function check(): Promise<IncidentSyncStatus> {
  const checkedAt = new Date().toISOString();
  try {
    const { incidents } = await caseApiGet('/incidents', incidentListSchema);
    return { state: 'ok', incidents: incidents.filter((i) => i.closedAt === undefined), checkedAt };
  } catch (error) {
    const previous = await incidentSyncStorage.getValue().catch(() => null);
    const incidents = previous?.incidents ?? [];
    if (error instanceof CaseApiError) {
      return { state: error.problem, incidents, message: error.message, checkedAt };
    }
    const message = `Incident check failed: ${error instanceof Error ? error.message : String(error)}`;
    return { state: 'bad-response', incidents, message, checkedAt };
  }
}

let inFlight: Promise<IncidentSyncStatus> | undefined;

/**
 * Reads the open incidents now and leaves them for the panels; calls made while one runs share
 * it (twenty panels opening at once make one request). Never rejects. With `maxAgeMs`, a
 * successful read that recent stands.
 */
export async function syncIncidents(
  options: { maxAgeMs?: number } = {},
): Promise<IncidentSyncStatus> {
  if (options.maxAgeMs !== undefined && !inFlight) {
    const last = await incidentSyncStorage.getValue();
    const age = last ? Date.now() - Date.parse(last.checkedAt) : Infinity;
    if (last?.state === 'ok' && age < options.maxAgeMs) return last;
  }
  inFlight ??= check()
    .then(async (status) => {
      await incidentSyncStorage.setValue(status).catch(() => undefined);
      return status;
    })
    .finally(() => {
      inFlight = undefined;
    });
  return inFlight;
}

import { useEffect, useRef } from 'react';
import { sendRequestRetrying } from '../../utils/messaging/send';

/**
 * When new guidance is installed while a case is open, its suggestion was made under the old
 * version: ask the background to assess it again (the cache is keyed by guidance version, so
 * this is a fresh run) and the panel follows the new result through storage. Once per case
 * state and version, so a run that cannot pick up the new version never loops.
 */
export function useReassessOnGuidance(
  tabId: number | null,
  caseAt: number,
  assessedVersion: number | undefined,
  installedVersion: number | undefined,
): void {
  const asked = useRef<string>(undefined);
  useEffect(() => {
    if (tabId === null || assessedVersion === undefined || installedVersion === undefined) return;
    if (assessedVersion === installedVersion) return;
    const key = `${tabId}:${caseAt}:${installedVersion}`;
    if (asked.current === key) return;
    asked.current = key;
    // Failure is visible as the old suggestion staying; the next case state asks again.
    sendRequestRetrying({ type: 'case:assess', tabId }).catch(() => undefined);
  }, [tabId, caseAt, assessedVersion, installedVersion]);
}

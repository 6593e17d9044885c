import { useEffect, useMemo } from 'react';
import type { Assessment } from '../../utils/assessment/schema';
import { installedPackStorage } from '../../utils/guidance/installed';
import type { ExposurePolicy } from '../../utils/wellness/exposure-policy';
import { isHighSeverity } from '../../utils/wellness/exposure-severity';
import { exposureTallyStorage } from '../../utils/wellness/exposure-storage';
import { countExposure } from '../../utils/wellness/exposure-tally';
import { panelPolicy } from '../../utils/wellness/panel-policy';
import { useStored } from '../decide/use-stored';

/** How often a panel showing a high-severity case adds its time. */
export const EXPOSURE_TICK_MS = 5_000;

export function useExposurePolicy(): ExposurePolicy {
  const pack = useStored(installedPackStorage);
  return useMemo(() => panelPolicy(pack).exposure, [pack]);
}

/**
 * Counts the time this panel shows a high-severity case while it is visible: its tab is the
 * one in front and the window is not minimised (the docked panel), or the side panel is open.
 * Hidden time is not counted, nor time before the case was scored.
 */
export function useExposureCount(assessment: Assessment | undefined, policy: ExposurePolicy) {
  const high = useMemo(() => {
    if (!assessment) return false;
    const scores = Object.fromEntries(
      Object.entries(assessment.categories).map(([category, top]) => [category, top?.score]),
    );
    return isHighSeverity(policy, scores);
  }, [assessment, policy]);
  useEffect(() => {
    if (!high) return;
    let last = Date.now();
    const tick = async () => {
      const now = Date.now();
      const elapsed = now - last;
      last = now;
      if (document.visibilityState !== 'visible') return;
      const tally = await exposureTallyStorage.getValue();
      await exposureTallyStorage.setValue(countExposure(tally ?? undefined, now, elapsed, policy));
    };
    const restart = () => {
      last = Date.now(); // time while hidden is never counted
    };
    const timer = setInterval(() => void tick(), EXPOSURE_TICK_MS);
    document.addEventListener('visibilitychange', restart);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', restart);
      void tick(); // the time since the last tick, up to leaving the case
    };
  }, [high, policy]);
  return high;
}

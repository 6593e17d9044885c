import { startAlarmPoll } from '../background/alarm-poll';
import { watchSettings } from '../settings/storage';
import { syncGuidance } from './sync';
import { watchManagedKey } from './pinned-key';
import { guardInstalledPack } from './ensure-installed';

/**
 * When guidance is checked: on the alarm tick and at worker start (see alarm-poll.ts), when a
 * panel opens (`guidance:sync-now`), and when the interval or the pinned key changes.
 */

export const GUIDANCE_ALARM = 'caselight-guidance-sync';

/** Starts checking; the returned function stops it (tests start it many times). */
export function startGuidanceSync(): () => void {
  const stopPoll = startAlarmPoll({
    alarm: GUIDANCE_ALARM,
    intervalSeconds: ({ guidance }) => guidance.syncIntervalSeconds,
    run: syncGuidance,
  });
  const unwatch = watchSettings(({ guidance: now }, { guidance: before }) => {
    if (now.publicKey !== before.publicKey) void syncGuidance();
  });
  const unwatchManaged = watchManagedKey(() => void syncGuidance());
  const unguard = guardInstalledPack();
  return () => {
    unguard();
    stopPoll();
    unwatch();
    unwatchManaged();
  };
}

import { browser } from 'wxt/browser';
import { readSettings, watchSettings } from '../settings/storage';
import { syncGuidance } from './sync';
import { watchManagedKey } from './pinned-key';
import { guardInstalledPack } from './ensure-installed';

/**
 * When guidance is checked: on a `browser.alarms` tick (alarms wake a stopped service worker;
 * timers do not), at worker start when the last check is older than the interval, when a panel
 * opens (`guidance:sync-now`), and when the interval or the pinned key changes.
 *
 * A packed extension's alarms fire at most every 30 s in Chrome (shorter periods are raised
 * to that, with a warning); an unpacked one, as the end-to-end tests load it, gets the period
 * asked for. Firefox raises periods under a minute unless the add-on is temporary.
 */

export const GUIDANCE_ALARM = 'caselight-guidance-sync';

async function schedule(intervalSeconds: number): Promise<void> {
  const periodInMinutes = intervalSeconds / 60;
  // Re-creating an alarm restarts its countdown; the worker restarts far more often than a
  // minute (every outbox tick), so only a changed period may replace it.
  const existing = await browser.alarms.get(GUIDANCE_ALARM);
  if (existing?.periodInMinutes !== periodInMinutes) {
    await browser.alarms.create(GUIDANCE_ALARM, {
      periodInMinutes,
      delayInMinutes: periodInMinutes,
    });
  }
}

function onAlarm(alarm: { name: string }) {
  if (alarm.name === GUIDANCE_ALARM) void syncGuidance();
}

/** Starts checking; the returned function stops it (tests start it many times). */
export function startGuidanceSync(): () => void {
  browser.alarms.onAlarm.addListener(onAlarm);
  const unwatch = watchSettings(({ guidance: now }, { guidance: before }) => {
    if (now.syncIntervalSeconds !== before.syncIntervalSeconds) {
      void readSettings().then((s) => schedule(s.guidance.syncIntervalSeconds));
    }
    if (now.publicKey !== before.publicKey) void syncGuidance();
  });
  void readSettings().then(async ({ guidance }) => {
    await schedule(guidance.syncIntervalSeconds);
    // A worker restart (every outbox tick) checks only if no check succeeded within the interval.
    await syncGuidance({ maxAgeMs: guidance.syncIntervalSeconds * 1000 });
  });
  const unwatchManaged = watchManagedKey(() => void syncGuidance());
  const unguard = guardInstalledPack();
  return () => {
    unguard();
    browser.alarms.onAlarm.removeListener(onAlarm);
    unwatch();
    unwatchManaged();
  };
}

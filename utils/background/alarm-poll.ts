import { browser } from 'wxt/browser';
import type { Settings } from '../settings/schema';
import { readSettings, watchSettings } from '../settings/storage';

/**
 * A read the background repeats on a `browser.alarms` tick (alarms wake a stopped service
 * worker; timers do not), and once at worker start when the last good read is older than the
 * period. Guidance and incidents both poll this way.
 *
 * A packed extension's alarms fire at most every 30 s in Chrome (shorter periods are raised
 * to that, with a warning); an unpacked one, as the end-to-end tests load it, gets the period
 * asked for. Firefox raises periods under a minute unless the add-on is temporary.
 */
export interface AlarmPoll {
  alarm: string;
  /** The period, from settings, so a changed setting re-schedules the alarm. */
  intervalSeconds: (settings: Settings) => number;
  /** The read; `maxAgeMs` skips it when a read succeeded that recently. */
  run: (options?: { maxAgeMs?: number }) => Promise<unknown>;
}

async function schedule(alarm: string, intervalSeconds: number): Promise<void> {
  const periodInMinutes = intervalSeconds / 60;
  // Re-creating an alarm restarts its countdown; the worker restarts far more often than a
  // minute (every outbox tick), so only a changed period may replace it.
  const existing = await browser.alarms.get(alarm);
  if (existing?.periodInMinutes !== periodInMinutes) {
    await browser.alarms.create(alarm, { periodInMinutes, delayInMinutes: periodInMinutes });
  }
}

/** Starts polling; the returned function stops it (tests start it many times). */
export function startAlarmPoll({ alarm, intervalSeconds, run }: AlarmPoll): () => void {
  const onAlarm = ({ name }: { name: string }) => {
    if (name === alarm) void run();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  const unwatch = watchSettings((now, before) => {
    if (intervalSeconds(now) !== intervalSeconds(before)) {
      void readSettings().then((settings) => schedule(alarm, intervalSeconds(settings)));
    }
  });
  void readSettings().then(async (settings) => {
    const seconds = intervalSeconds(settings);
    await schedule(alarm, seconds);
    // A worker restart (every outbox tick) reads only if no read succeeded within the period.
    await run({ maxAgeMs: seconds * 1000 });
  });
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    unwatch();
  };
}

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { startAlarmPoll } from '../alarm-poll';

const ALARM = 'caselight-test-poll';
const settings = (syncIntervalSeconds: number): Settings => ({
  ...DEFAULT_SETTINGS,
  guidance: { publicKey: '', syncIntervalSeconds },
});
const tick = (name: string) => ({
  name,
  scheduledTime: Date.now(),
  periodInMinutes: 1,
  persistAcrossSessions: false,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
const run = vi.fn<(options?: { maxAgeMs?: number }) => Promise<undefined>>(async () => undefined);
let stop: (() => void) | undefined;
const start = () =>
  (stop = startAlarmPoll({
    alarm: ALARM,
    intervalSeconds: ({ guidance }) => guidance.syncIntervalSeconds,
    run,
  }));

beforeEach(async () => {
  fakeBrowser.reset();
  run.mockClear();
  await saveSettings(settings(60));
});
afterEach(async () => {
  stop?.();
  await settle();
});

test('schedules the alarm, reads once at start unless a read is fresh, and on its ticks only', async () => {
  start();
  await vi.waitFor(() => expect(run).toHaveBeenCalledWith({ maxAgeMs: 60_000 }));
  expect((await fakeBrowser.alarms.get(ALARM))?.periodInMinutes).toBe(1);
  await fakeBrowser.alarms.onAlarm.trigger(tick('caselight-outbox'));
  await settle();
  expect(run).toHaveBeenCalledTimes(1);
  await fakeBrowser.alarms.onAlarm.trigger(tick(ALARM));
  expect(run).toHaveBeenCalledTimes(2);
  expect(run).toHaveBeenLastCalledWith();
});

test('a worker restart keeps the running alarm, so its countdown is not reset', async () => {
  await fakeBrowser.alarms.create(ALARM, { periodInMinutes: 1, when: 12345 });
  start();
  await vi.waitFor(() => expect(run).toHaveBeenCalled());
  expect((await fakeBrowser.alarms.get(ALARM))?.scheduledTime).toBe(12345);
});

test('follows the interval setting, down to the seconds an end-to-end test asks for', async () => {
  start();
  await settle();
  await saveSettings(settings(120));
  await vi.waitFor(async () =>
    expect((await fakeBrowser.alarms.get(ALARM))?.periodInMinutes).toBe(2),
  );
  await saveSettings(settings(6));
  await vi.waitFor(async () =>
    expect((await fakeBrowser.alarms.get(ALARM))?.periodInMinutes).toBe(0.1),
  );
});

test('stopping removes the listener', async () => {
  start();
  await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
  stop?.();
  stop = undefined;
  await fakeBrowser.alarms.onAlarm.trigger(tick(ALARM));
  expect(run).toHaveBeenCalledTimes(1);
});

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { GUIDANCE_ALARM, startGuidanceSync } from '../sync-schedule';
import { guidanceSyncStorage } from '../sync-store';

let requests: number;
const settings = (syncIntervalSeconds: number, publicKey = ''): Settings => ({
  ...DEFAULT_SETTINGS,
  caseApiUrl: 'https://cases.test/api',
  guidance: { publicKey, syncIntervalSeconds },
});
const tick = (name: string) => ({
  name,
  scheduledTime: Date.now(),
  periodInMinutes: 1,
  persistAcrossSessions: false,
});
/** Lets the chain of storage reads and writes behind a check (or none) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
let stop: (() => void) | undefined;
const start = () => (stop = startGuidanceSync());

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  requests = 0;
  vi.stubGlobal('fetch', async () => {
    requests += 1;
    return new Response(null, { status: 304, headers: { etag: '"g1"' } });
  });
  await writeSecret('caseApiToken', 'token');
  await saveSettings(settings(60));
});
afterEach(async () => {
  stop?.();
  await settle();
  vi.unstubAllGlobals();
});

test('schedules a one-minute alarm by default, checks at start, and on every tick', async () => {
  start();
  await settle();
  const alarm = await fakeBrowser.alarms.get(GUIDANCE_ALARM);
  expect(alarm?.periodInMinutes).toBe(1);
  await vi.waitFor(() => expect(requests).toBe(1));
  await settle();
  await fakeBrowser.alarms.onAlarm.trigger(tick(GUIDANCE_ALARM));
  await vi.waitFor(() => expect(requests).toBe(2));
  await fakeBrowser.alarms.onAlarm.trigger(tick('caselight-outbox'));
  await settle();
  expect(requests).toBe(2);
});

test('a worker restart keeps the running alarm and skips a check made within the interval', async () => {
  await guidanceSyncStorage.setValue({
    state: 'ok',
    version: 1,
    checkedAt: new Date().toISOString(),
  });
  await fakeBrowser.alarms.create(GUIDANCE_ALARM, { periodInMinutes: 1, when: 12345 });
  start();
  await settle();
  expect((await fakeBrowser.alarms.get(GUIDANCE_ALARM))?.scheduledTime).toBe(12345);
  expect(requests).toBe(0);
});

test('checks at once when the pinned key changes', async () => {
  start();
  await settle();
  const before = requests;
  await saveSettings(settings(60, 'A'.repeat(43)));
  await vi.waitFor(() => expect(requests).toBe(before + 1));
});

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import type { Incident } from '../schema';
import { INCIDENT_ALARM, startIncidentSync } from '../sync-schedule';
import { incidentSyncStorage } from '../sync-store';

const scamWave: Incident = {
  id: 'inc_1',
  title: 'Gift card scam wave',
  severity: 'high',
  signature: [{ kind: 'keyword', pattern: 'gift card' }],
  declaredBy: 'u_lead',
  declaredAt: '2026-12-07T20:00:00.000Z',
};
let served: Incident[] | 'down';
let requests: string[];
const settings = (syncIntervalSeconds: number): Settings => ({
  ...DEFAULT_SETTINGS,
  caseApiUrl: 'https://cases.test/api',
  guidance: { publicKey: '', syncIntervalSeconds },
});
const tick = () => ({
  name: INCIDENT_ALARM,
  scheduledTime: Date.now(),
  periodInMinutes: 0.5,
  persistAcrossSessions: false,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
let stop: (() => void) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  requests = [];
  served = [scamWave];
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url);
    if (served === 'down') throw new TypeError('fetch failed');
    return Response.json({ incidents: served });
  });
  await writeSecret('caseApiToken', 'token');
  await saveSettings(settings(60));
});
afterEach(async () => {
  stop?.();
  await settle();
  vi.unstubAllGlobals();
});

test('polls every 30 s even when guidance is checked once a minute, reading at start', async () => {
  stop = startIncidentSync();
  await vi.waitFor(async () =>
    expect((await incidentSyncStorage.getValue())?.incidents).toEqual([scamWave]),
  );
  expect((await fakeBrowser.alarms.get(INCIDENT_ALARM))?.periodInMinutes).toBe(0.5);
  expect(requests).toEqual(['https://cases.test/api/incidents']);
});

test('a faster guidance interval makes incidents faster too', async () => {
  await saveSettings(settings(10));
  stop = startIncidentSync();
  await vi.waitFor(async () =>
    expect((await fakeBrowser.alarms.get(INCIDENT_ALARM))?.periodInMinutes).toBe(10 / 60),
  );
});

test('a closed incident leaves the panels at the next tick', async () => {
  stop = startIncidentSync();
  await vi.waitFor(async () =>
    expect((await incidentSyncStorage.getValue())?.incidents).toHaveLength(1),
  );
  served = [{ ...scamWave, closedAt: '2026-12-07T21:00:00.000Z', closedBy: 'u_lead' }];
  await fakeBrowser.alarms.onAlarm.trigger(tick());
  await vi.waitFor(async () =>
    expect((await incidentSyncStorage.getValue())?.incidents).toEqual([]),
  );
});

test('an unreachable case API keeps the incidents already known and says why', async () => {
  stop = startIncidentSync();
  await vi.waitFor(async () => expect((await incidentSyncStorage.getValue())?.state).toBe('ok'));
  served = 'down';
  await fakeBrowser.alarms.onAlarm.trigger(tick());
  await vi.waitFor(async () =>
    expect((await incidentSyncStorage.getValue())?.state).toBe('unreachable'),
  );
  expect((await incidentSyncStorage.getValue())?.incidents).toEqual([scamWave]);
});

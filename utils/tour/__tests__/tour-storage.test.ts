import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTourSeen, panelTourStorage, rememberTour, TOUR_VERSION } from '../storage';
import { TOUR_STORAGE_KEY } from '../tour-record';

beforeEach(() => fakeBrowser.reset());

it('remembers the outcome under the key the end-to-end harness seeds', async () => {
  const expected = { version: TOUR_VERSION, at: '2026-12-01T09:00:00.000Z', outcome: 'skipped' };

  await rememberTour('skipped', new Date(expected.at));
  const actual = await fakeBrowser.storage.local.get(TOUR_STORAGE_KEY);

  expect(actual).toEqual({ [TOUR_STORAGE_KEY]: expected });
  expect(isTourSeen(await panelTourStorage.getValue())).toBe(true);
});

it('counts this version (or a later one), done or skipped, as seen', () => {
  const at = '2026-12-01T09:00:00.000Z';
  expect(isTourSeen({ version: TOUR_VERSION, at, outcome: 'done' })).toBe(true);
  expect(isTourSeen({ version: TOUR_VERSION + 1, at, outcome: 'skipped' })).toBe(true);
});

it('offers the tour again after it changed, and when the record is unreadable', () => {
  const at = '2026-12-01T09:00:00.000Z';
  expect(isTourSeen({ version: TOUR_VERSION - 1, at, outcome: 'done' })).toBe(false);
  expect(isTourSeen(null)).toBe(false);
  expect(isTourSeen({ version: String(TOUR_VERSION), at, outcome: 'done' })).toBe(false);
  expect(isTourSeen({ version: TOUR_VERSION, at, outcome: 'maybe' })).toBe(false);
});

import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exposureReportingStorage, exposureTallyStorage } from '../../wellness/exposure-storage';
import { reportExposure } from '../exposure-report';

const fetchMock = vi.hoisted(() =>
  vi.fn<(path: string, init: { method?: string; body?: unknown }) => Promise<Response>>(),
);
vi.mock('../../case-api/client', () => ({ caseApiFetch: fetchMock }));

const tally = (seconds: number, breaks = 0) => ({
  shiftStartedAt: 0,
  lastCountedAt: 0,
  seconds,
  nextSuggestAt: 3600,
  days: { '2026-12-07': { seconds, breaks, suggestions: 0 } },
});
const answer = (status: number) => new Response('{"counted":true}', { status });
const bodies = () => fetchMock.mock.calls.map(([, init]) => init.body as Record<string, unknown>);

beforeEach(() => {
  fakeBrowser.reset();
  fetchMock.mockReset();
});

test('sends only what is new, and a report that failed is sent again with the same id', async () => {
  await exposureTallyStorage.setValue(tally(90.6, 1));
  fetchMock.mockResolvedValueOnce(answer(503));
  expect(await reportExposure()).toBe(0);
  fetchMock.mockResolvedValue(answer(201));
  expect(await reportExposure()).toBe(1);
  const [failed, retried] = bodies();
  expect(retried).toEqual(failed);
  expect(retried).toMatchObject({ day: '2026-12-07', seconds: 90, breaks: 1, suggestions: 0 });
  expect(await reportExposure()).toBe(0); // nothing new
  await exposureTallyStorage.setValue(tally(200, 1));
  expect(await reportExposure()).toBe(1);
  expect(bodies()[2]).toMatchObject({ seconds: 110, breaks: 0 });
  expect(bodies()[2]!.reportId).not.toBe(retried!.reportId);
  expect((await exposureReportingStorage.getValue()).pending).toBeUndefined();
});

test('the case API unreachable leaves the report pending', async () => {
  await exposureTallyStorage.setValue(tally(30));
  fetchMock.mockRejectedValue(new Error('unreachable'));
  await expect(reportExposure()).rejects.toThrow('unreachable');
  expect((await exposureReportingStorage.getValue()).pending).toMatchObject({ seconds: 30 });
});

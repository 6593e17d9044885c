import 'fake-indexeddb/auto';
import { beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../guidance/default-pack';
import { installPack } from '../../guidance/ensure-installed';
import { installedPackStorage } from '../../guidance/installed';
import { writeTabCase } from '../../tab-case/store';
import { wellnessHandlers } from '../wellness-handlers';
import { walletScamCase } from './fixtures';

const opened = vi.fn<(tabId: number, url: string | undefined) => void>();
const switchQueue = (tabId: number) =>
  wellnessHandlers['wellness:lighter-queue']({ type: 'wellness:lighter-queue', tabId }, {});
const withQueues = (lighterQueues: unknown[]) =>
  installPack({ ...DEFAULT_GUIDANCE_PACK, wellness: { exposure: { lighterQueues } } } as never);
const showCase = (tabId: number, queue?: string) =>
  writeTabCase(tabId, {
    status: 'ready',
    extraction: { adapterId: 'demo-console', case: { ...walletScamCase, queue }, missing: [] },
    at: Date.now(),
  });

const SPAM = { label: 'Spam', url: 'https://console.test/queues/spam' };
const ADS = { label: 'Ads', url: 'https://console.test/queues/ads', from: ['graphic'] };

beforeEach(() => {
  fakeBrowser.reset();
  opened.mockReset();
  vi.spyOn(browser.tabs, 'update').mockImplementation(async (tabId, change) => {
    opened(tabId as number, (change as { url?: string }).url);
    return {} as never;
  });
});

test("opens the lighter queue named for the case's queue in that tab, else the one for every queue", async () => {
  await withQueues([SPAM, ADS]);
  await showCase(4, 'graphic');
  expect(await switchQueue(4)).toEqual({ ok: true, label: 'Ads' });
  expect(opened).toHaveBeenLastCalledWith(4, ADS.url);
  await showCase(4, 'self-harm');
  expect(await switchQueue(4)).toEqual({ ok: true, label: 'Spam' });
  expect(opened).toHaveBeenLastCalledWith(4, SPAM.url);
});

test('never the queue the reviewer is already in; without one to offer, nothing opens', async () => {
  await withQueues([SPAM]);
  await showCase(4, 'Spam');
  expect(await switchQueue(4)).toMatchObject({ ok: false, message: /no lighter queue/ });
  await withQueues([]);
  await showCase(4, 'graphic');
  expect(await switchQueue(4)).toMatchObject({ ok: false });
  expect(opened).not.toHaveBeenCalled();
});

test('an address put only in the copy a content script can write is not opened', async () => {
  await withQueues([SPAM]);
  const evil = { label: 'Spam', url: 'https://evil.test/' };
  const wellness = { exposure: { lighterQueues: [evil] } };
  await installedPackStorage.setValue({ ...DEFAULT_GUIDANCE_PACK, wellness } as never);
  await showCase(4, 'graphic');
  await switchQueue(4);
  expect(opened).toHaveBeenCalledWith(4, SPAM.url);
  expect(opened).not.toHaveBeenCalledWith(4, evil.url);
});

test('a pack with a non-web address fails validation: the background opens nothing', async () => {
  await withQueues([{ label: 'X', url: 'javascript:alert(1)' }]);
  await showCase(4, 'graphic');
  expect(await switchQueue(4)).toMatchObject({ ok: false });
  expect(opened).not.toHaveBeenCalled();
});

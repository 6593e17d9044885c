import 'fake-indexeddb/auto';
import { beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../guidance/default-pack';
import { installPack } from '../../guidance/ensure-installed';
import { installedPackStorage } from '../../guidance/installed';
import { wellnessPersonalStorage } from '../../wellness/personal-storage';
import { caseFound, caseScored } from '../wellness-case';

const sent = vi.fn<(tabId: number, message: unknown) => void>();
const page = { caseId: 'C-1', url: 'https://console.test/cases/C-1', queue: 'spam' };
const withPolicy = (wellness: object) =>
  installPack({ ...DEFAULT_GUIDANCE_PACK, wellness } as never);

beforeEach(() => {
  fakeBrowser.reset();
  sent.mockReset();
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId, message) =>
    sent(tabId as number, message),
  );
});

test('a threshold policy tells the page only once the scores are in and under every threshold', async () => {
  await withPolicy({ media: 'threshold', thresholds: { violence: 0.5 } });
  await caseFound(7, page);
  expect(sent).not.toHaveBeenCalled(); // not scored yet: the case stays filtered
  await caseScored(7, 'C-1', { violence: 0.8 });
  expect(sent).not.toHaveBeenCalled();
  await caseScored(7, 'C-1', { violence: 0.2 });
  expect(sent).toHaveBeenCalledWith(7, { type: 'wellness:case-unfiltered', url: page.url });
});

test('a policy written only to the copy a content script can reach is not taken', async () => {
  await withPolicy({ media: 'always' });
  const wellness = { media: 'queues', queues: [] };
  await installedPackStorage.setValue({ ...DEFAULT_GUIDANCE_PACK, wellness } as never);
  await caseFound(7, page);
  expect(sent).not.toHaveBeenCalled();
});

test('scores for a case the tab has left are not sent', async () => {
  await withPolicy({ media: 'threshold', thresholds: { violence: 0.5 } });
  await caseFound(7, { ...page, caseId: 'C-2' });
  await caseScored(7, 'C-1', { violence: 0.1 });
  expect(sent).not.toHaveBeenCalled();
});

test('a queue policy decides when the case is found; always, or a reviewer who chose always, never', async () => {
  await withPolicy({ media: 'queues', queues: ['graphic'] });
  await caseFound(3, page);
  expect(sent).toHaveBeenCalledTimes(1);
  await caseFound(3, { ...page, queue: 'graphic' });
  await caseFound(3, { ...page, queue: undefined });
  expect(sent).toHaveBeenCalledTimes(1);

  await wellnessPersonalStorage.setValue({ mediaFilters: 'always' });
  await caseFound(3, page);
  await withPolicy({ media: 'always' });
  await wellnessPersonalStorage.setValue({ mediaFilters: 'team' });
  await caseFound(3, page, {});
  expect(sent).toHaveBeenCalledTimes(1);
});

import { beforeEach, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeTabAssessment, type TabAssessment } from '../../tab-assessment/store';
import { backgroundHandlers } from '../handlers';

const caseUrl = 'http://127.0.0.1:4317/console/cases/C-9';
type Sender = Browser.runtime.MessageSender;
const sender = (url: string, tabId: number, frameId = 0) =>
  ({ id: 'test-extension-id', url, tab: { id: tabId }, frameId }) as Sender;
const panel = (tabId: number) =>
  sender('chrome-extension://test-extension-id/panel.html', tabId, 3);
const extraction = {
  adapterId: 'demo-console',
  case: { id: 'C-9', console: 'demo-console', url: caseUrl, items: [] },
  missing: [],
};
const attach = (tabId: number) =>
  backgroundHandlers['panel:attach'](
    { type: 'panel:attach', target: { kind: 'own-tab' } },
    panel(tabId),
  );

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** Every storage read from here on, in any area. */
function countReads() {
  const areas = [fakeBrowser.storage.session, fakeBrowser.storage.local];
  return areas.map((area) => vi.spyOn(area, 'get'));
}

test("the panel's attach is answered from what the background wrote, with no storage read", async () => {
  // A tab id no other test uses: the background's memory lives as long as its module.
  const tabId = 41;
  await backgroundHandlers['case:reading'](
    { type: 'case:reading', adapterId: 'demo-console' },
    sender(caseUrl, tabId),
  );
  await backgroundHandlers['case:found'](
    { type: 'case:found', extraction },
    sender(caseUrl, tabId),
  );
  const reads = countReads();

  const attached = await attach(tabId);

  expect(attached).toEqual({
    tabId,
    state: expect.objectContaining({ status: 'ready', extraction }),
    assessment: null,
  });
  for (const read of reads) expect(read).not.toHaveBeenCalled();
});

test('scores written for the tab come with the attach from memory too', async () => {
  const tabId = 42;
  await backgroundHandlers['case:found'](
    { type: 'case:found', extraction },
    sender(caseUrl, tabId),
  );
  const scores = { caseId: 'C-9', caseAt: 1, sentCount: 0 } as unknown as TabAssessment;
  await writeTabAssessment(tabId, scores);
  const reads = countReads();

  const attached = await attach(tabId);

  expect(attached.assessment).toEqual(scores);
  for (const read of reads) expect(read).not.toHaveBeenCalled();
});

test('a tab this worker never wrote (it restarted since) is read from storage', async () => {
  const tabId = 43;
  const state = { status: 'ready', extraction, at: 5 };
  await fakeBrowser.storage.session.set({ [`tabCase:${tabId}`]: state });

  expect((await attach(tabId)).state).toEqual(state);
});

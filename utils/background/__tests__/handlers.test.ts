import { beforeEach, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTabCase } from '../../tab-case/store';
import { backgroundHandlers } from '../handlers';

const caseUrl = 'http://127.0.0.1:4317/console/cases/C-7';
type Sender = Browser.runtime.MessageSender;
const sender = (url: string, tabId = 12, frameId = 0) =>
  ({ id: 'test-extension-id', url, tab: { id: tabId }, frameId }) as Sender;
const extraction = {
  adapterId: 'demo-console',
  case: { id: 'C-7', console: 'demo-console', url: caseUrl, items: [] },
  missing: ['reporter' as const],
};

beforeEach(() => fakeBrowser.reset());

test('a case read by the content script is kept per tab for the panels', async () => {
  await backgroundHandlers['case:found']({ type: 'case:found', extraction }, sender(caseUrl));
  expect(await readTabCase(12)).toEqual({ status: 'ready', extraction, at: expect.any(Number) });

  const attached = await backgroundHandlers['panel:attach'](
    { type: 'panel:attach', target: { kind: 'own-tab' } },
    sender('chrome-extension://test-extension-id/panel.html', 12, 3),
  );
  expect(attached).toEqual({
    tabId: 12,
    state: expect.objectContaining({ status: 'ready' }),
    assessment: null,
  });

  await backgroundHandlers['case:cleared']({ type: 'case:cleared' }, sender(caseUrl));
  expect(await readTabCase(12)).toBeNull();
});

test('a case is refused from a page its adapter does not read', async () => {
  await expect(
    backgroundHandlers['case:found'](
      { type: 'case:found', extraction },
      sender('http://127.0.0.1:4317/console/cases'),
    ),
  ).rejects.toThrow('does not read');
  expect(await readTabCase(12)).toBeNull();
});

test('the side panel opened as a tab follows the tab that last showed a case', async () => {
  await backgroundHandlers['case:found']({ type: 'case:found', extraction }, sender(caseUrl));
  const attached = await backgroundHandlers['panel:attach'](
    { type: 'panel:attach', target: { kind: 'last-case-tab' } },
    sender('chrome-extension://test-extension-id/sidepanel.html', 30),
  );
  expect(attached.tabId).toBe(12);
});

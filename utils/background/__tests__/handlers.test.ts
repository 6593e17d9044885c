import { beforeEach, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { item, seen, standIn } from '../../models/__tests__/fixtures';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { readTabAssessment, readTabSent } from '../../tab-assessment/store';
import { readTabCase } from '../../tab-case/store';
import { assessTab } from '../assess-handlers';
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

test('a revisited case is stored with its cached scores in one change; a new one without', async () => {
  const s = await standIn();
  await saveSettings({
    ...DEFAULT_SETTINGS,
    model: { ...DEFAULT_SETTINGS.model, baseUrl: s.url, policyLlm: 'never' },
  });
  await writeSecret('modelApiKey', 'test-key', s.url);
  fakeBrowser.permissions.contains = async () => true;
  const threat = {
    ...extraction,
    case: { ...extraction.case, items: [item('m-1', 'I know where you live. I will hurt you.')] },
  };
  await backgroundHandlers['case:found'](
    { type: 'case:found', extraction: threat },
    sender(caseUrl),
  );
  expect(await assessTab(12)).toEqual({ ok: true });
  const live = await readTabAssessment(12);
  expect(live?.assessment.provenance.moderation?.cached).toBe(false);
  // The request bodies are kept apart from the scores every panel parses, for this case state.
  expect(live).toMatchObject({ sentCount: 1, assessment: { sent: [] } });
  expect(await readTabSent(12)).toMatchObject({
    caseAt: live?.caseAt,
    sent: [{ purpose: 'moderation', body: expect.stringContaining('I know where you live') }],
  });

  const changes: string[][] = [];
  fakeBrowser.storage.onChanged.addListener((change) => changes.push(Object.keys(change)));
  // The lookup's patience timer is held still: on a loaded machine it can run out, and the
  // scores then (rightly) follow in a second change. IndexedDB here runs on setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  await backgroundHandlers['case:found'](
    { type: 'case:found', extraction: threat },
    sender(caseUrl, 13),
  );
  vi.useRealTimers();
  const revisit = await readTabCase(13);
  expect(changes[0]).toEqual(expect.arrayContaining(['tabCase:13', 'assessment:13']));
  expect(changes[0]).not.toContain('assessmentSent:13');
  expect(await readTabAssessment(13)).toMatchObject({
    caseId: 'C-7',
    caseAt: revisit?.at,
    sentCount: 1,
    assessment: { provenance: { moderation: { cached: true } }, sent: [] },
  });
  expect(await readTabSent(13)).toMatchObject({
    caseAt: revisit?.at,
    sent: [{ purpose: 'moderation' }],
  });
  expect(seen(s, '/v1/moderations')).toHaveLength(1);

  changes.length = 0;
  const other = { ...threat, case: { ...threat.case, items: [item('m-1', 'See you around.')] } };
  await backgroundHandlers['case:found'](
    { type: 'case:found', extraction: other },
    sender(caseUrl, 14),
  );
  expect(changes[0]).toContain('tabCase:14');
  expect(changes[0]).not.toContain('assessment:14');
});

test('a docked case is scored as soon as it is found, from what was just stored', async () => {
  await backgroundHandlers['case:found']({ type: 'case:found', extraction }, sender(caseUrl));
  const state = await readTabCase(12);
  // Nobody asked: the run started by the case itself scored it, for this very state.
  await vi.waitFor(async () =>
    expect(await readTabAssessment(12)).toMatchObject({
      caseId: 'C-7',
      caseAt: state?.at,
      assessment: { notes: expect.arrayContaining([expect.stringContaining('nothing to score')]) },
    }),
  );
});

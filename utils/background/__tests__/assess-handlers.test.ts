import { beforeEach, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTabAssessment } from '../../tab-assessment/store';
import { writeTabCase } from '../../tab-case/store';
import { updateDockLayout } from '../../dock/storage';
import {
  assessEarlyIfDocked,
  assessHandlers,
  assessTab,
  readScoringInputs,
} from '../assess-handlers';
import { walletScamCase } from './fixtures';

const panel = {
  id: 'test-extension-id',
  url: 'chrome-extension://x/panel.html',
} as Browser.runtime.MessageSender;
const caseData = walletScamCase;

beforeEach(() => fakeBrowser.reset());

const storeReadyCase = (tabId: number, at: number) =>
  writeTabCase(tabId, {
    status: 'ready',
    extraction: { adapterId: 'demo-console', case: caseData, missing: [] },
    at,
  });

test('refuses to score a tab without a ready case', async () => {
  const answer = await assessHandlers['case:assess']({ type: 'case:assess', tabId: 3 }, panel);
  expect(answer).toEqual({ ok: false, message: expect.stringContaining('No case') });
  expect(await readTabAssessment(3)).toBeNull();
});

test('stores the assessment per tab, with model problems inside it rather than thrown', async () => {
  const at = Date.now();
  const extraction = { adapterId: 'demo-console', case: caseData, missing: [] };
  await writeTabCase(3, { status: 'ready', extraction, at });
  // No model key is stored: the assessment still arrives, saying what to configure.
  const answer = await assessHandlers['case:assess']({ type: 'case:assess', tabId: 3 }, panel);
  expect(answer).toEqual({ ok: true });
  const stored = await readTabAssessment(3);
  expect(stored).toMatchObject({ caseId: 'C-9', caseAt: at });
  expect(stored?.assessment.problems[0]?.kind).toBe('not-configured');
  expect(stored?.assessment.signalHits.length).toBeGreaterThan(0);
});

test('a docked case is scored as soon as it is found; the panel asking then gets that run, not a second one', async () => {
  const at = Date.now();
  await storeReadyCase(4, at);
  await assessEarlyIfDocked(4);
  const first = await readTabAssessment(4);
  expect(first).toMatchObject({ caseId: 'C-9', caseAt: at });

  // A second scoring would stamp a later time.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
  const answer = await assessHandlers['case:assess']({ type: 'case:assess', tabId: 4 }, panel);
  vi.useRealTimers();
  expect(answer).toEqual({ ok: true });
  // The very same stored object: nothing was scored again.
  expect((await readTabAssessment(4))?.assessment.assessedAt).toBe(first?.assessment.assessedAt);
});

test('with the panel in the side panel, nothing is scored until a panel asks', async () => {
  await updateDockLayout({ placement: 'side-panel' });
  await storeReadyCase(5, Date.now());
  await assessEarlyIfDocked(5);
  expect(await readTabAssessment(5)).toBeNull();
});

test('a run for a case the tab has since replaced writes nothing over the newer case', async () => {
  const extraction = { adapterId: 'demo-console', case: caseData, missing: [] };
  await writeTabCase(6, { status: 'ready', extraction, at: 1 });
  const running = assessHandlers['case:assess']({ type: 'case:assess', tabId: 6 }, panel);
  await writeTabCase(6, { status: 'ready', extraction, at: 2 });
  expect(await running).toEqual({ ok: false, message: expect.stringContaining('changed') });
  expect(await readTabAssessment(6)).toBeNull();
});

test('a request whose read was taken before the early run wrote joins that run, not a second one', async () => {
  const at = Date.now();
  await storeReadyCase(6, at);
  // The panel's read lands first (nothing scored yet), its answer only after the run is done.
  const readBeforeTheWrite = readScoringInputs(6);
  await assessEarlyIfDocked(6);
  const first = await readTabAssessment(6);
  expect(first).toMatchObject({ caseId: 'C-9', caseAt: at });

  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
  const answer = await assessTab(6, readBeforeTheWrite);
  vi.useRealTimers();
  expect(answer).toEqual({ ok: true });
  expect((await readTabAssessment(6))?.assessment.assessedAt).toBe(first?.assessment.assessedAt);
});

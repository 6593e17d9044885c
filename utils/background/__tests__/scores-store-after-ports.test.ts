import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openScoresLine } from '../../tab-assessment/scores-port';
import { readTabAssessment, type TabAssessment } from '../../tab-assessment/store';
import { writeTabCase } from '../../tab-case/store';
import { assessTab } from '../assess-handlers';
import { acceptScoresPortsFromPanels, walletScamCase } from './fixtures';

acceptScoresPortsFromPanels();
beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

const extraction = { adapterId: 'demo-console', case: walletScamCase, missing: [] };
/** Long enough for the ready promise and a MessagePort hop. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

it('an open panel gets the scores over its port first; storage gets them after', async () => {
  await writeTabCase(7, { status: 'ready', extraction, at: 1 });
  const storedWhenPanelHadThem: (TabAssessment | null)[] = [];
  const line = openScoresLine((_tabId, scores) => {
    expect(scores).toMatchObject({ caseId: 'C-9', caseAt: 1 });
    void readTabAssessment(7).then((stored) => storedWhenPanelHadThem.push(stored));
  });
  line.follow(7, null);
  await settle();
  expect(await assessTab(7)).toEqual({ ok: true });
  expect(storedWhenPanelHadThem).toEqual([null]);
  expect(await readTabAssessment(7)).toMatchObject({ caseId: 'C-9', caseAt: 1 });
  line.close();
});

it('scores held back for the panel are not stored over a case that came meanwhile', async () => {
  await writeTabCase(8, { status: 'ready', extraction, at: 1 });
  const line = openScoresLine(() => {
    void writeTabCase(8, { status: 'ready', extraction, at: 2 });
  });
  line.follow(8, null);
  await settle();
  expect(await assessTab(8)).toEqual({ ok: false, message: expect.stringContaining('changed') });
  expect(await readTabAssessment(8)).toBeNull();
  line.close();
});

it('with no panel open, the scores are stored at once', async () => {
  await writeTabCase(9, { status: 'ready', extraction, at: 1 });
  // Frozen timers: a run that waited for a panel here would never finish.
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  expect(await assessTab(9)).toEqual({ ok: true });
  vi.useRealTimers();
  expect(await readTabAssessment(9)).toMatchObject({ caseId: 'C-9', caseAt: 1 });
});

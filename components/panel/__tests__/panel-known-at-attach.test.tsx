// @vitest-environment happy-dom
import { act, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeAssessment } from '../../../utils/assessment/__tests__/fixtures';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { installedPackStorage } from '../../../utils/guidance/installed';
import { forgetScoresPorts, sendScoresToPanels } from '../../../utils/background/scores-ports';
import { acceptScoresPortsFromPanels } from '../../../utils/background/__tests__/fixtures';
import { writeTabAssessment, type TabAssessment } from '../../../utils/tab-assessment/store';
import { writeTabCase } from '../../../utils/tab-case/store';
import { panelTourStorage } from '../../../utils/tour/storage';
import { tourRecord } from '../../../utils/tour/tour-record';
import { fixHappyDomForDomPurify } from '../../markdown/__tests__/happy-dom-fixes';
import { readyTabCase } from './fixtures';
import { PanelApp } from '../panel-app';

/**
 * A revisit: the background already has the case's scores (cached) and the reviewer's
 * training status when the panel attaches. The panel shows them in the same render as the case,
 * without asking for the training status.
 */

fixHappyDomForDomPurify();
// The service worker's side of the panel's scores port (`connectScoresPort`).
acceptScoresPortsFromPanels();
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TAB = 7;
const CASE_AT = 1;
const READY = readyTabCase('you will regret it', CASE_AT);
const assessment = makeAssessment('C-1', {
  guidanceVersion: DEFAULT_GUIDANCE_PACK.version,
  itemScores: { m1: { 'harassment/threatening': 0.91 } },
  categories: { 'harassment/threatening': { score: 0.91, itemIds: ['m1'] } },
  explanation: ['harassment/threatening 0.91 ≥ 0.50 in Threats of violence → Escalate'],
});

/** The training status "a live case", as the background passes it on with the case. */
const LIVE = { ok: true as const, practice: null };

let asked: string[];
let attachedAssessment: unknown;
let attachedState: unknown;
let container: HTMLElement;
let root: Root;
beforeEach(async () => {
  fakeBrowser.reset();
  asked = [];
  attachedState = READY;
  fakeBrowser.runtime.onMessage.addListener(
    (message: { type: string }, _sender, respond: (answer: unknown) => void) => {
      asked.push(message.type);
      const answers: Record<string, unknown> = {
        'panel:attach': { tabId: TAB, state: attachedState, assessment: attachedAssessment },
        'case:assess': { ok: true },
        'training:status': { ok: true, practice: null },
        'decisions:history': { ok: true, caseDecisions: [], accountDecisions: [] },
      };
      respond(answers[message.type] ?? { refused: 'Not in this test.' });
      return true;
    },
  );
  await installedPackStorage.setValue(DEFAULT_GUIDANCE_PACK);
  await panelTourStorage.setValue(tourRecord('skipped'));
  await writeTabCase(TAB, READY);
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));
// The service worker's memory of the tab's last scores, as if the tab had closed.
afterEach(() => forgetScoresPorts(TAB));

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const scores = () => document.querySelector('[data-testid="scores"]')?.textContent ?? '';
const caseShown = () => document.querySelector('[data-testid="case-id"]')?.textContent === 'C-1';

/** Whether the scores were on screen in the first render that showed the case. */
function watchFirstCaseRender(): () => boolean | undefined {
  let withScores: boolean | undefined;
  const observer = new MutationObserver(() => {
    if (withScores === undefined && caseShown()) withScores = scores().includes('91');
  });
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  return () => (observer.disconnect(), withScores);
}

/** A panel opened on a live case, handed `stored` (also in storage) with it. */
async function openLiveCaseWith(stored: TabAssessment) {
  await writeTabAssessment(TAB, stored);
  attachedAssessment = stored;
  attachedState = { ...READY, practice: LIVE };
  await act(async () => root.render(<PanelApp surface="docked" />));
  await settle();
}

it('shows the scores it was handed with the case, without asking for the training status', async () => {
  const stored = { caseId: 'C-1', caseAt: CASE_AT, assessment, sentCount: 0 };
  await writeTabAssessment(TAB, stored);
  attachedAssessment = stored;
  attachedState = { ...READY, practice: LIVE };
  const firstRender = watchFirstCaseRender();
  await act(async () => root.render(<PanelApp surface="docked" />));
  await settle();
  expect(firstRender()).toBe(true);
  expect(scores()).toContain('91');
  expect(asked).not.toContain('training:status');
});

it('without a known training status the scores wait for the check (blind first)', async () => {
  const older = { caseId: 'C-1', caseAt: CASE_AT - 1, assessment, sentCount: 0 };
  await writeTabAssessment(TAB, older);
  attachedAssessment = older;
  const firstRender = watchFirstCaseRender();
  await act(async () => root.render(<PanelApp surface="docked" />));
  await settle();
  expect(firstRender()).toBe(false);
  expect(asked).toContain('training:status');
  expect(scores()).toContain('91'); // once the check said this is a live case
});

it('a training status belongs to the case it came with, not to the next case on the tab', async () => {
  await openLiveCaseWith({ caseId: 'C-1', caseAt: CASE_AT, assessment, sentCount: 0 });
  expect(asked).not.toContain('training:status');

  // The reviewer moves on: the tab reads a moment, then shows another case.
  await act(() =>
    writeTabCase(TAB, {
      status: 'reading',
      adapterId: 'demo',
      url: READY.extraction.case.url,
      at: CASE_AT + 1,
    }),
  );
  await settle();
  const next = { ...READY.extraction, case: { ...READY.extraction.case, id: 'C-2' } };
  await act(() => writeTabCase(TAB, { status: 'ready', at: CASE_AT + 2, extraction: next }));
  await settle();
  expect(document.querySelector('[data-testid="case-id"]')?.textContent).toBe('C-2');
  expect(asked).toContain('training:status');
  expect(scores()).not.toContain('91');
});

/** A panel open on the tab while the console is still reading the case. */
async function openPanelOnReadingTab() {
  attachedAssessment = null;
  const reading = {
    status: 'reading' as const,
    adapterId: 'demo',
    url: READY.extraction.case.url,
    at: 0,
  };
  attachedState = reading;
  await writeTabCase(TAB, reading);
  await act(async () => root.render(<PanelApp surface="docked" />));
  await settle();
}

it('a training status stored with the case is used by a panel that was already open', async () => {
  await openPanelOnReadingTab();
  await writeTabAssessment(TAB, { caseId: 'C-1', caseAt: CASE_AT, assessment, sentCount: 0 });
  await act(() => writeTabCase(TAB, { ...READY, practice: LIVE }));
  await settle();
  expect(scores()).toContain('91');
  expect(asked).not.toContain('training:status');
});

it('a panel already open shows a revisited case with the scores written with it, in one render', async () => {
  await openPanelOnReadingTab();
  const firstRender = watchFirstCaseRender();
  const scoresWithIt = { caseId: 'C-1', caseAt: CASE_AT, assessment, sentCount: 0 };
  await act(() => writeTabCase(TAB, { ...READY, practice: LIVE }, scoresWithIt));
  await settle();
  expect(firstRender()).toBe(true);
  expect(scores()).toContain('91');
});

it('shows scores handed over its port before they are stored, and does not render them again when stored', async () => {
  attachedAssessment = null;
  attachedState = { ...READY, practice: LIVE };
  let commits = 0;
  const panel = (
    <Profiler id="panel" onRender={() => commits++}>
      <PanelApp surface="docked" />
    </Profiler>
  );
  await act(async () => root.render(panel));
  await settle();
  expect(scores()).not.toContain('91');

  const stored = { caseId: 'C-1', caseAt: CASE_AT, assessment, sentCount: 0 };
  await act(async () => sendScoresToPanels(TAB, stored));
  await settle();
  expect(scores()).toContain('91');

  // The same scores landing in storage a moment later are nothing new to render.
  const before = commits;
  await act(() => writeTabAssessment(TAB, { ...stored }));
  await settle();
  expect(scores()).toContain('91');
  expect(commits).toBe(before);
});

it('shows scores the background had just after the attach was answered, without waiting for storage', async () => {
  // The attach read storage a moment before the scores came; they are not stored yet.
  attachedAssessment = null;
  attachedState = { ...READY, practice: LIVE };
  sendScoresToPanels(TAB, { caseId: 'C-1', caseAt: CASE_AT, assessment, sentCount: 0 });
  await act(async () => root.render(<PanelApp surface="docked" />));
  await settle();
  expect(scores()).toContain('91');
});

it('keeps the scores it shows when older ones arrive on its line', async () => {
  await openLiveCaseWith({ caseId: 'C-1', caseAt: CASE_AT, assessment, sentCount: 0 });
  // Scored before the case was last changed: still in flight when the newer ones were shown.
  const older = makeAssessment('C-1', {
    guidanceVersion: DEFAULT_GUIDANCE_PACK.version,
    itemScores: { m1: { 'harassment/threatening': 0.42 } },
    categories: { 'harassment/threatening': { score: 0.42, itemIds: ['m1'] } },
  });
  await act(async () =>
    sendScoresToPanels(TAB, {
      caseId: 'C-1',
      caseAt: CASE_AT - 1,
      assessment: older,
      sentCount: 0,
    }),
  );
  await settle();
  expect(scores()).toContain('91');
  expect(scores()).not.toContain('42');
});

it('after its worker stopped, a panel gets the next case’s scores over a new line', async () => {
  await openLiveCaseWith({ caseId: 'C-1', caseAt: CASE_AT, assessment, sentCount: 0 });
  // The service worker stops (idle): its ends of the panels' lines go with it.
  forgetScoresPorts(TAB);
  const next = { ...READY.extraction, case: { ...READY.extraction.case, id: 'C-2' } };
  await act(() =>
    writeTabCase(TAB, { status: 'ready', at: CASE_AT + 1, extraction: next, practice: LIVE }),
  );
  await settle();
  const nextScores = makeAssessment('C-2', {
    guidanceVersion: DEFAULT_GUIDANCE_PACK.version,
    itemScores: { m1: { 'harassment/threatening': 0.77 } },
    categories: { 'harassment/threatening': { score: 0.77, itemIds: ['m1'] } },
  });
  // Not stored yet: only the line can have brought them.
  await act(async () =>
    sendScoresToPanels(TAB, {
      caseId: 'C-2',
      caseAt: CASE_AT + 1,
      assessment: nextScores,
      sentCount: 0,
    }),
  );
  await settle();
  expect(scores()).toContain('77');
});

import { afterEach, expect, it, vi } from 'vitest';
import { makeAssessment } from '../../assessment/__tests__/fixtures';
import { connectScoresPort, SCORES_PORT_MESSAGE } from '../../tab-assessment/scores-port';
import { tabAssessmentOf, type TabAssessment } from '../../tab-assessment/store';
import { forgetScoresPorts, sendScoresToPanels } from '../scores-ports';
import { acceptScoresPortsFromPanels } from './fixtures';

const deliver = acceptScoresPortsFromPanels();
afterEach(() => vi.useRealTimers());

type OnScores = (scores: TabAssessment) => void;
const scoresFor = (caseId: string): TabAssessment =>
  tabAssessmentOf(caseId, 1, makeAssessment(caseId)).scores;
/** Long enough for the ready promise and a MessagePort hop. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

it('hands a tab’s new scores to the panels following that tab, and to no other', async () => {
  const [onTen, onEleven] = [vi.fn<OnScores>(), vi.fn<OnScores>()];
  const closeTen = connectScoresPort(10, onTen);
  const closeEleven = connectScoresPort(11, onEleven);
  await settle();
  const scores = scoresFor('C-1');
  sendScoresToPanels(10, scores);
  await settle();
  expect(onTen).toHaveBeenCalledWith(scores);
  expect(onEleven).not.toHaveBeenCalled();
  closeTen();
  closeEleven();
});

it('sends nothing to a panel that closed its line, or after its tab closed', async () => {
  const [closedPanel, tabGone] = [vi.fn<OnScores>(), vi.fn<OnScores>()];
  connectScoresPort(20, closedPanel)();
  connectScoresPort(21, tabGone);
  await settle();
  forgetScoresPorts(21);
  sendScoresToPanels(20, scoresFor('C-2'));
  sendScoresToPanels(21, scoresFor('C-2'));
  await settle();
  expect(closedPanel).not.toHaveBeenCalled();
  expect(tabGone).not.toHaveBeenCalled();
});

it('ignores messages that are not a panel’s hello, and keeps at most four ports per tab', async () => {
  const stray = new MessageChannel();
  const strayHeard = vi.fn<() => void>();
  stray.port1.addEventListener('message', strayHeard);
  stray.port1.start();
  deliver({ type: SCORES_PORT_MESSAGE, tabId: 'thirty' }, [stray.port2]);
  deliver({ type: 'something-else', tabId: 30 }, [stray.port2]);
  const panels = Array.from({ length: 5 }, () => vi.fn<OnScores>());
  for (const panel of panels) {
    connectScoresPort(30, panel);
    await settle();
  }
  sendScoresToPanels(30, scoresFor('C-3'));
  await settle();
  expect(strayHeard).not.toHaveBeenCalled();
  // The oldest is the one most likely gone (each console page load docks a new panel).
  expect(panels[0]).not.toHaveBeenCalled();
  for (const panel of panels.slice(1)) expect(panel).toHaveBeenCalledOnce();
});

it('forgets the ports of panels that said goodbye, so a long-lived panel keeps its own', async () => {
  const sidePanel = vi.fn<OnScores>();
  connectScoresPort(40, sidePanel);
  await settle();
  // Five console page loads on the tab, each docking a panel that goes when the page goes.
  for (let n = 0; n < 5; n++) {
    const close = connectScoresPort(40, vi.fn<OnScores>());
    await settle();
    close();
    await settle();
  }
  sendScoresToPanels(40, scoresFor('C-4'));
  await settle();
  expect(sidePanel).toHaveBeenCalledOnce();
});

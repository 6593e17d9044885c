import { afterEach, expect, it, vi } from 'vitest';
import { makeAssessment } from '../../assessment/__tests__/fixtures';
import { openScoresLine, SCORES_PORT_MESSAGE, versionOf } from '../../tab-assessment/scores-port';
import { tabAssessmentOf, type TabAssessment } from '../../tab-assessment/store';
import { forgetScoresPorts, sendScoresToPanels } from '../scores-ports';
import { acceptScoresPortsFromPanels } from './fixtures';

const deliver = acceptScoresPortsFromPanels();
afterEach(() => vi.useRealTimers());

type OnScores = (tabId: number, scores: TabAssessment) => void;
const scoresFor = (caseId: string, caseAt = 1): TabAssessment =>
  tabAssessmentOf(caseId, caseAt, makeAssessment(caseId)).scores;
/** Long enough for the ready promise and a MessagePort hop. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A panel's line, following `tabId` from the start. */
function follow(tabId: number, onScores: OnScores, has: TabAssessment | null = null) {
  const line = openScoresLine(onScores);
  line.follow(tabId, has && versionOf(has));
  return line;
}

it('hands a tab’s new scores to the panels following that tab, and to no other', async () => {
  const [onTen, onEleven] = [vi.fn<OnScores>(), vi.fn<OnScores>()];
  const ten = follow(10, onTen);
  const eleven = follow(11, onEleven);
  await settle();
  const scores = scoresFor('C-1');
  sendScoresToPanels(10, scores);
  await settle();
  expect(onTen).toHaveBeenCalledExactlyOnceWith(10, scores);
  expect(onEleven).not.toHaveBeenCalled();
  ten.close();
  eleven.close();
});

it('hands over the scores that came just before the panel followed the tab, unless it has them', async () => {
  // The panel's attach read storage a moment before these were sent.
  const scores = scoresFor('C-5', 3);
  sendScoresToPanels(50, scores);
  const [late, current] = [vi.fn<OnScores>(), vi.fn<OnScores>()];
  const lateLine = follow(50, late, scoresFor('C-5', 2));
  const currentLine = follow(50, current, scores);
  await settle();
  expect(late).toHaveBeenCalledExactlyOnceWith(50, scores);
  expect(current).not.toHaveBeenCalled();
  lateLine.close();
  currentLine.close();
});

it('moves a side panel’s line to the tab it follows now', async () => {
  const sidePanel = vi.fn<OnScores>();
  const line = follow(60, sidePanel);
  await settle();
  line.follow(61, null);
  await settle();
  sendScoresToPanels(60, scoresFor('C-6'));
  const now = scoresFor('C-7');
  sendScoresToPanels(61, now);
  await settle();
  expect(sidePanel).toHaveBeenCalledExactlyOnceWith(61, now);
  line.close();
});

it('sends nothing to a panel that closed its line, or after its tab closed', async () => {
  const [closedPanel, tabGone] = [vi.fn<OnScores>(), vi.fn<OnScores>()];
  follow(20, closedPanel).close();
  follow(21, tabGone);
  await settle();
  forgetScoresPorts(21);
  sendScoresToPanels(20, scoresFor('C-2'));
  sendScoresToPanels(21, scoresFor('C-2'));
  await settle();
  expect(closedPanel).not.toHaveBeenCalled();
  expect(tabGone).not.toHaveBeenCalled();
});

it('ignores messages that are not a panel’s hello or follow, and keeps at most four ports per tab', async () => {
  const stray = new MessageChannel();
  const strayHeard = vi.fn<() => void>();
  stray.port1.addEventListener('message', strayHeard);
  stray.port1.start();
  deliver({ type: 'something-else' }, [stray.port2]);
  const odd = new MessageChannel();
  const oddHeard = vi.fn<() => void>();
  odd.port1.addEventListener('message', oddHeard);
  odd.port1.start();
  deliver({ type: SCORES_PORT_MESSAGE }, [odd.port2]);
  odd.port1.postMessage({ follow: 'thirty', has: null });
  const panels = Array.from({ length: 5 }, () => vi.fn<OnScores>());
  for (const panel of panels) {
    follow(30, panel);
    await settle();
  }
  sendScoresToPanels(30, scoresFor('C-3'));
  await settle();
  expect(strayHeard).not.toHaveBeenCalled();
  expect(oddHeard).not.toHaveBeenCalled();
  // The oldest is the one most likely gone (each console page load docks a new panel).
  expect(panels[0]).not.toHaveBeenCalled();
  for (const panel of panels.slice(1)) expect(panel).toHaveBeenCalledOnce();
});

it('forgets the ports of panels that said goodbye, so a long-lived panel keeps its own', async () => {
  const sidePanel = vi.fn<OnScores>();
  follow(40, sidePanel);
  await settle();
  // Five console page loads on the tab, each docking a panel that goes when the page goes.
  for (let n = 0; n < 5; n++) {
    const line = follow(40, vi.fn<OnScores>());
    await settle();
    line.close();
    await settle();
  }
  sendScoresToPanels(40, scoresFor('C-4'));
  await settle();
  expect(sidePanel).toHaveBeenCalledOnce();
});

it('keeps a panel following its tab when a message it cannot read comes on its port', async () => {
  const panel = new MessageChannel();
  const heard = vi.fn<(data: unknown) => void>();
  panel.port1.addEventListener('message', ({ data }) => heard(data));
  panel.port1.start();
  deliver({ type: SCORES_PORT_MESSAGE }, [panel.port2]);
  panel.port1.postMessage({ follow: 90, has: null });
  panel.port1.postMessage({ follow: 'ninety' });
  await settle();
  const scores = scoresFor('C-9');
  sendScoresToPanels(90, scores);
  await settle();
  expect(heard).toHaveBeenCalledExactlyOnceWith({ tabId: 90, scores });
  panel.port1.close();
});

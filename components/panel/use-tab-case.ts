import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { browser } from 'wxt/browser';
import type { Request } from '../../utils/messaging/protocol';
import { sendRequestRetrying } from '../../utils/messaging/send';
import {
  isNewer,
  openScoresLine,
  versionOf,
  type ScoresLine,
} from '../../utils/tab-assessment/scores-port';
import { readTabAssessment, type TabAssessment } from '../../utils/tab-assessment/store';
import type { TabCaseState } from '../../utils/tab-case/state';
import type { AttachAnswer } from './first-paint/first-attach';
import { readTabCase, watchTab } from '../../utils/tab-case/store';

export type PanelSurface = 'docked' | 'side-panel';
type PanelTarget = Extract<Request, { type: 'panel:attach' }>['target'];

export interface TabCase {
  loaded: boolean;
  tabId: number | null;
  state: TabCaseState | null;
  /**
   * The tab's stored assessment, followed with the case (it may be for an older case state:
   * the panel checks `caseId` and `caseAt`). Cached scores written with the case come with it.
   */
  scores?: TabAssessment | null;
}

/**
 * The case of the tab this panel serves, kept current through session storage. The docked
 * panel serves its own tab; the side panel follows the active tab of its window.
 */
async function panelTarget(surface: PanelSurface): Promise<PanelTarget> {
  if (surface === 'docked') return { kind: 'own-tab' };
  if (await browser.tabs.getCurrent()) return { kind: 'last-case-tab' };
  return { kind: 'active-tab', windowId: (await browser.windows.getCurrent()).id ?? -1 };
}

const same = (a: TabAssessment | null, b?: TabAssessment | null) =>
  a?.caseAt === b?.caseAt && a?.assessment.assessedAt === b?.assessment.assessedAt;

interface Following {
  tabId: number;
  shown: { state: TabCaseState | null; scores: TabAssessment | null };
  /** What the watch or the line brought since the attach, which the read must not undo. */
  seen: { state: boolean; scores: boolean };
  show: () => void;
}

const shownFrom = (answer?: AttachAnswer): TabCase =>
  answer
    ? { loaded: true, tabId: answer.tabId, state: answer.state, scores: answer.assessment }
    : { loaded: false, tabId: null, state: null };

/** `firstAttach`: an attach already answered, used for the first attach instead of asking again. */
export function useTabCase(surface: PanelSurface, firstAttach?: AttachAnswer): TabCase {
  const [tabCase, setTabCase] = useState<TabCase>(() => shownFrom(firstAttach));
  // Only the first attach: reattaching (the side panel's tab or window changed) asks afresh.
  const primed = useRef(firstAttach);

  useEffect(() => {
    let unwatch: (() => void) | undefined;
    let line: ScoresLine | undefined;
    // The tab this panel follows and what it shows of it; scores on the line land here too.
    let following: Following | undefined;
    let cancelled = false;
    const fromLine = (tabId: number, scores: TabAssessment) => {
      if (following?.tabId !== tabId) return;
      const had = following.shown.scores;
      // Only newer: the background may answer with scores the attach already brought.
      if (!isNewer(versionOf(scores), had && versionOf(had))) return;
      following.shown.scores = scores;
      following.seen.scores = true;
      // Rendered now, in this task: an update left to React's scheduler waits behind the
      // panel's own start-up work, often tens of ms (`npm run bench`, scores_render).
      flushSync(following.show);
    };
    const attach = async () => {
      const answered = primed.current;
      primed.current = undefined;
      // Retried: the docked panel's dock token is registered by the content script just ahead
      // of the frame, and a worker starting up may take that registration second.
      const attaching = answered
        ? Promise.resolve(answered)
        : sendRequestRetrying({ type: 'panel:attach', target: await panelTarget(surface) });
      line ??= openScoresLine(fromLine);
      const attached = await attaching;
      const { tabId } = attached;
      if (cancelled) return;
      unwatch?.();
      following = undefined;
      if (tabId === null) return setTabCase({ loaded: true, tabId, state: attached.state });
      const shown = { state: attached.state, scores: attached.assessment };
      const seen = { state: false, scores: false };
      const show = () => setTabCase({ loaded: true, tabId, ...shown });
      following = { tabId, shown, seen, show };
      // Shown at once; the line, the watch and the read below keep it current.
      show();
      line.follow(tabId, shown.scores ? versionOf(shown.scores) : null);
      // Watch first, then read: a change landing between the background's answer and the
      // watch would otherwise be missed, leaving the panel on a stale state.
      unwatch = watchTab(tabId, (change) => {
        if ('state' in change) {
          [shown.state, seen.state] = [change.state ?? null, true];
          // A fresh line for each new case: a worker that stopped since (idle for 30 s) took
          // its end of the old one with it, and Chromium does not say so.
          line?.close();
          line = openScoresLine(fromLine);
          line.follow(tabId, shown.scores ? versionOf(shown.scores) : null);
        }
        if ('scores' in change) {
          // Already shown if the scores came by the line first: no second render.
          if (!('state' in change) && same(change.scores ?? null, shown.scores)) return;
          [shown.scores, seen.scores] = [change.scores ?? null, true];
          // As scores from the line: what the reviewer is waiting for renders now.
          return flushSync(show);
        }
        show();
      });
      const [state, scores] = await Promise.all([readTabCase(tabId), readTabAssessment(tabId)]);
      if (cancelled) return;
      const stale =
        (!seen.state && state?.at !== shown.state?.at) ||
        (!seen.scores && !same(scores, shown.scores));
      if (!stale) return;
      if (!seen.state) shown.state = state;
      if (!seen.scores) shown.scores = scores;
      show();
    };
    void attach();
    const reattach = () => void attach();
    if (surface === 'side-panel') {
      browser.tabs.onActivated.addListener(reattach);
      browser.windows.onFocusChanged.addListener(reattach);
    }
    return () => {
      cancelled = true;
      unwatch?.();
      line?.close();
      // Only the side panel listens; Firefox's docked panel has no `tabs` or `windows` at all.
      if (surface !== 'side-panel') return;
      browser.tabs.onActivated.removeListener(reattach);
      browser.windows.onFocusChanged.removeListener(reattach);
    };
  }, [surface]);

  return tabCase;
}

import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Request } from '../../utils/messaging/protocol';
import { sendRequest } from '../../utils/messaging/send';
import { connectScoresPort } from '../../utils/tab-assessment/scores-port';
import { readTabAssessment, type TabAssessment } from '../../utils/tab-assessment/store';
import type { TabCaseState } from '../../utils/tab-case/state';
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

export function useTabCase(surface: PanelSurface): TabCase {
  const [tabCase, setTabCase] = useState<TabCase>({ loaded: false, tabId: null, state: null });

  useEffect(() => {
    let unwatch: (() => void) | undefined;
    let unport: (() => void) | undefined;
    let cancelled = false;
    const attach = async () => {
      const target = await panelTarget(surface);
      const attached = await sendRequest({ type: 'panel:attach', target });
      const { tabId } = attached;
      if (cancelled) return;
      unwatch?.();
      unport?.();
      if (tabId === null) return setTabCase({ loaded: true, tabId, state: attached.state });
      const shown = { state: attached.state, scores: attached.assessment };
      const show = () => setTabCase({ loaded: true, tabId, ...shown });
      // Shown at once; the watch and read below keep it current (the read answers the same).
      show();
      // Watch first, then read: a change landing between the background's answer and the
      // watch would otherwise be missed, leaving the panel on a stale state.
      const seen = { state: false, scores: false };
      unwatch = watchTab(tabId, (change) => {
        if ('state' in change) [shown.state, seen.state] = [change.state ?? null, true];
        if ('scores' in change) {
          // Already shown if the scores came by the port first: no second render.
          if (!('state' in change) && same(change.scores ?? null, shown.scores)) return;
          [shown.scores, seen.scores] = [change.scores ?? null, true];
        }
        show();
      });
      unport = connectScoresPort(tabId, (scores) => {
        if (same(scores, shown.scores)) return;
        [shown.scores, seen.scores] = [scores, true];
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
      unport?.();
      browser.tabs.onActivated.removeListener(reattach);
      browser.windows.onFocusChanged.removeListener(reattach);
    };
  }, [surface]);

  return tabCase;
}

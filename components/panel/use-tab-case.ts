import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Request } from '../../utils/messaging/protocol';
import { sendRequest } from '../../utils/messaging/send';
import { readTabAssessment, type TabAssessment } from '../../utils/tab-assessment/store';
import type { TabCaseState } from '../../utils/tab-case/state';
import { readTabCase, watchTabCase } from '../../utils/tab-case/store';

export type PanelSurface = 'docked' | 'side-panel';
type PanelTarget = Extract<Request, { type: 'panel:attach' }>['target'];

export interface TabCase {
  loaded: boolean;
  tabId: number | null;
  state: TabCaseState | null;
  /**
   * The tab's assessment as it came with the case (in the attach answer, or written with a
   * cached revisit): lets the panel show case and scores in one render.
   */
  scoresWithCase?: TabAssessment | null;
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

export function useTabCase(surface: PanelSurface): TabCase {
  const [tabCase, setTabCase] = useState<TabCase>({ loaded: false, tabId: null, state: null });

  useEffect(() => {
    let unwatch: (() => void) | undefined;
    let cancelled = false;
    const attach = async () => {
      const target = await panelTarget(surface);
      const attached = await sendRequest({ type: 'panel:attach', target });
      const { tabId, state } = attached;
      let scoresWithCase = attached.assessment;
      if (cancelled) return;
      unwatch?.();
      if (tabId === null) return setTabCase({ loaded: true, tabId, state });
      // Shown at once; the watch and read below keep it current (the read answers the same).
      setTabCase({ loaded: true, tabId, state, scoresWithCase });
      // Watch first, then read: a change landing between the background's answer and the
      // watch would otherwise be missed, leaving the panel on a stale state.
      let changed = false;
      unwatch = watchTabCase(tabId, (next, scores) => {
        changed = true;
        if (scores !== undefined) scoresWithCase = scores;
        setTabCase({ loaded: true, tabId, state: next, scoresWithCase });
      });
      // With the scores: a case written with its cached scores since the answer shows with them.
      const [latest, latestScores] = await Promise.all([
        readTabCase(tabId),
        readTabAssessment(tabId),
      ]);
      if (changed || cancelled || latest?.at === state?.at) return;
      setTabCase({ loaded: true, tabId, state: latest, scoresWithCase: latestScores });
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
      browser.tabs.onActivated.removeListener(reattach);
      browser.windows.onFocusChanged.removeListener(reattach);
    };
  }, [surface]);

  return tabCase;
}

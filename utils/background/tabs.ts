import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { rememberTabAssessment, tabAssessmentKey, tabSentKey } from '../tab-assessment/store';
import { writeTabCase } from '../tab-case/store';
import { forgetDockTokens } from '../messaging/dock-tokens';
import { forgetScoresPorts } from './scores-ports';
import { forgetCasePage } from './wellness-case';

/** A closed tab's case, scores, what was sent for them and its dock tokens must not linger. */
export function startTabCaseCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void writeTabCase(tabId, null);
    rememberTabAssessment(tabId, null);
    void storage.removeItems([tabAssessmentKey(tabId), tabSentKey(tabId)]);
    forgetScoresPorts(tabId);
    forgetCasePage(tabId);
    void forgetDockTokens(tabId);
  });
}

/**
 * The toolbar button opens the panel in the browser's own side panel (Chrome) or sidebar
 * (Firefox), for reviewers who prefer it to the docked panel.
 */
export function openSidePanelFromToolbar(): void {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome
    ?.sidePanel;
  if (chromeSidePanel) {
    void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } })
    .sidebarAction;
  // Firefox on MV2 names the toolbar button browserAction.
  const toolbar =
    browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (sidebar) toolbar.onClicked.addListener(() => void sidebar.toggle());
}

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

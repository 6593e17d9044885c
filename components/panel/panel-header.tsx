import { browser } from 'wxt/browser';
import { updateDockLayout } from '../../utils/dock/storage';
import type { PanelSurface } from './use-tab-case';

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}

/** Must run inside the click handler: browsers only open side panels on a user gesture. */
function openSidePanel(tabId: number): void {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome
    ?.sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } })
    .sidebarAction;
  void (chromeSidePanel ? chromeSidePanel.open({ tabId }) : firefoxSidebar?.open());
}

const BUTTON =
  'rounded px-2 py-1 text-xs text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500';

export function PanelHeader({
  surface,
  tabId,
  onTour,
}: {
  surface: PanelSurface;
  tabId: number | null;
  /** Replays the guided tour (components/tour). */
  onTour(): void;
}) {
  return (
    <header className="flex items-center justify-between border-b border-zinc-200 px-3 py-2">
      <h1 className="text-sm font-bold tracking-tight text-indigo-700">Caselight</h1>
      <div className="flex gap-1">
        <button
          type="button"
          className={BUTTON}
          title="Replay the guided tour of this panel"
          onClick={onTour}
        >
          Tour
        </button>
        {surface === 'docked' ? (
          <>
            <button
              type="button"
              className={BUTTON}
              onClick={() => {
                if (tabId !== null) openSidePanel(tabId);
                void updateDockLayout({ placement: 'side-panel' });
              }}
            >
              Side panel
            </button>
            <button
              type="button"
              className={BUTTON}
              aria-label="Collapse the Caselight panel"
              onClick={() => void updateDockLayout({ collapsed: true })}
            >
              Collapse »
            </button>
          </>
        ) : (
          <button
            type="button"
            className={BUTTON}
            onClick={() => void updateDockLayout({ placement: 'page', collapsed: false })}
          >
            Dock in page
          </button>
        )}
      </div>
    </header>
  );
}

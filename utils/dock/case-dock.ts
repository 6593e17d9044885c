import { browser } from 'wxt/browser';
import { findAdapter } from '../case/adapters';
import type { CaseSighting } from '../case/watch-case';
import { watchCase } from '../case/watch-case';
import type { Request } from '../messaging/protocol';
import { sendRequestRetrying } from '../messaging/send';
import type { DockLayout } from './layout';
import { mountDock, type Dock } from './mount-dock';
import { readDockLayout, updateDockLayout, watchDockLayout } from './storage';

function toRequest(sighting: CaseSighting): Request {
  if (sighting.kind === 'none') return { type: 'case:cleared' };
  const adapterId = sighting.adapter.id;
  if (sighting.kind === 'waiting') return { type: 'case:reading', adapterId };
  const { extraction } = sighting;
  if (!extraction.ok) return { type: 'case:unreadable', adapterId, problem: extraction.problem };
  const { case: found, missing, truncatedFrom } = extraction;
  return { type: 'case:found', extraction: { adapterId, case: found, missing, truncatedFrom } };
}

/**
 * The content script's whole job: watch for the case, tell the background what was read,
 * and dock the panel while the page shows a case. It holds no secret and makes no network
 * call; the panel gets the case from the background, never from this page.
 */
export async function startCaseDock(doc: Document, signal: AbortSignal): Promise<void> {
  let layout = await readDockLayout();
  let dock: Dock | undefined;
  let onCasePage = false;
  let sending = Promise.resolve();

  const render = () => {
    const wanted = onCasePage && layout.placement === 'page' && !signal.aborted;
    if (wanted && !dock)
      dock = mountDock(doc, browser.runtime.getURL('/panel.html'), (c) => void updateDockLayout(c));
    if (!wanted && dock) {
      dock.destroy();
      dock = undefined;
    }
    dock?.apply(layout);
  };

  const unwatchLayout = watchDockLayout((next: DockLayout) => {
    layout = next;
    render();
  });
  signal.addEventListener('abort', () => {
    unwatchLayout();
    render();
  });

  // Alt+Shift+K from anywhere in the console puts the keyboard in the panel (expanding it).
  // Only real key presses count: the page can dispatch synthetic events, never trusted ones.
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || !event.altKey || !event.shiftKey || event.code !== 'KeyK' || !dock)
      return;
    event.preventDefault();
    if (layout.collapsed) void updateDockLayout({ collapsed: false });
    dock.focus();
  };
  doc.defaultView?.addEventListener('keydown', onKey, { capture: true, signal });

  watchCase({
    doc,
    findAdapter,
    signal,
    onChange: (sighting) => {
      onCasePage = sighting.kind !== 'none';
      render();
      // Sent one after another so the background never sees them out of order.
      const request = toRequest(sighting);
      sending = sending.then(() =>
        sendRequestRetrying(request).then(() => undefined, reportSendFailure),
      );
    },
  });
}

function reportSendFailure(error: unknown): void {
  // Only happens when the extension was reloaded or updated under this page.
  console.debug('Caselight: could not reach the extension', error);
}

import { browser } from 'wxt/browser';
import type { Adapter } from '../case/adapter';
import { findAdapter } from '../case/adapters';
import { toAdapters, userAdaptersStorage } from '../case/user-adapters';
import type { CaseSighting } from '../case/watch-case';
import { watchCase } from '../case/watch-case';
import type { Request } from '../messaging/protocol';
import { sendRequestRetrying } from '../messaging/send';
import type { DockLayout } from './layout';
import { DOCK_TOKEN_PARAM, newToken } from './dock-token';
import { afterFirstPaint, afterNextPaint, whenIdle, yieldToPage } from '../page/page-turns';
import { dockRoomOf, setDockRoom } from './dock-space';
import { answerHighlightRequests } from './highlight-requests';
import { mountDock, type Dock } from './mount-dock';
import { readDockLayout, updateDockLayout, watchDockLayout } from './storage';

const STARTED = Symbol.for('caselight.caseDock');
/** How long the panel waits for the console's case before starting without it. */
const PANEL_START_LATEST_MS = 2_000;

function toRequest(sighting: CaseSighting): Request {
  if (sighting.kind === 'none') return { type: 'case:cleared' };
  const adapterId = sighting.adapter.id;
  if (sighting.kind === 'waiting') return { type: 'case:reading', adapterId };
  const { extraction } = sighting;
  if (!extraction.ok) {
    const { problem, broken } = extraction;
    return { type: 'case:unreadable', adapterId, problem: problem.slice(0, 1000), broken };
  }
  const { case: found, missing, truncatedFrom } = extraction;
  return { type: 'case:found', extraction: { adapterId, case: found, missing, truncatedFrom } };
}

/**
 * The content script's whole job: watch for the case, tell the background what was read,
 * and dock the panel while the page shows a case. It holds no secret and makes no network
 * call; the panel gets the case from the background, never from this page.
 */
export async function startCaseDock(doc: Document, signal: AbortSignal): Promise<void> {
  // The background injects this script into tabs already open when a console is added; a
  // tab that has it from the registration must not get a second dock.
  if (Reflect.get(globalThis, STARTED)) return;
  Reflect.set(globalThis, STARTED, true);
  signal.addEventListener('abort', () => Reflect.deleteProperty(globalThis, STARTED));
  // Before the console's first paint, only what that paint needs (the wellness media filters,
  // CSS applied here, are the one thing that belongs there) and the stored reads: round trips
  // to the browser that finish while the console parses, ready when the case can be read.
  const reads = Promise.all([readDockLayout(), userAdaptersStorage.getValue()]);
  reads.catch(() => undefined);
  // The dock's room is taken as soon as the layout is read, which is before the console's first
  // layout: the console is laid out narrowed once, and the dock, in later, moves nothing.
  let roomTaken = false;
  void reads.then(
    ([stored, adapters]) => {
      const url = new URL(doc.location.href);
      const room = dockRoomOf(stored);
      if (signal.aborted || room === undefined || !findAdapter(url, toAdapters(adapters))) return;
      roomTaken = true;
      setDockRoom(doc.documentElement, room);
    },
    () => undefined,
  );
  // Everything else waits until the console has painted, and then goes in short tasks of its
  // own: the case read, and the dock (which lays the console out again) in the next.
  await afterFirstPaint(doc, signal);
  const [storedLayout, storedAdapters] = await reads;
  await yieldToPage();
  if (signal.aborted) return;
  let layout = storedLayout;
  let userAdapters: Adapter[] = toAdapters(storedAdapters);
  let dock: Dock | undefined;
  let mountQueued = false;
  let onCasePage = false;
  // The panel's frame starts once the console has painted the case it was waiting for: an
  // extension frame started any earlier (its navigation, process and boot) holds up that paint.
  let caseOnScreen = false;
  let shownAdapter: Adapter | undefined;
  let sending = Promise.resolve();

  // One token for this page's docks, registered before the first frame can ask for anything.
  let dockToken: string | undefined;
  const wanted = () => onCasePage && layout.placement === 'page' && !signal.aborted;
  const mount = () => {
    mountQueued = false;
    if (dock || !wanted()) return;
    if (!dockToken) {
      dockToken = newToken();
      sendRequestRetrying({ type: 'dock:register', token: dockToken }).catch(reportSendFailure);
    }
    dock = mountDock(doc, panelAddress(dockToken), (c) => void updateDockLayout(c));
    dock.apply(layout);
    if (caseOnScreen) dock.loadPanel();
    // A case that is slow to come, or never comes, must not leave an empty dock: the panel
    // starts anyway, to say it is waiting or that the case did not appear.
    else setTimeout(() => dock?.loadPanel(), PANEL_START_LATEST_MS);
  };
  const render = () => {
    // In the console's idle time: its room is already taken, so the dock waits on nothing.
    if (wanted() && !dock && !mountQueued) {
      mountQueued = true;
      void whenIdle(doc).then(mount);
    }
    if (!wanted() && dock) {
      dock.destroy();
      dock = undefined;
    } else if (!wanted() && roomTaken) setDockRoom(doc.documentElement, undefined);
    if (!wanted()) roomTaken = false;
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

  const watcher = watchCase({
    doc,
    findAdapter: (url) => findAdapter(url, userAdapters),
    signal,
    onChange: (sighting) => {
      onCasePage = sighting.kind !== 'none';
      if (sighting.kind === 'read' && !caseOnScreen)
        void afterNextPaint(doc).then(() => {
          caseOnScreen = true;
          // The reviewer now waits for the panel: no more waiting for the console to be idle
          // (mounting starts the panel in it, the case being on screen).
          if (dock) dock.loadPanel();
          else mount();
        });
      shownAdapter =
        sighting.kind === 'read' && sighting.extraction.ok ? sighting.adapter : undefined;
      render();
      // Sent one after another so the background never sees them out of order.
      const request = toRequest(sighting);
      sending = sending.then(() =>
        sendRequestRetrying(request).then(() => undefined, reportSendFailure),
      );
    },
  });
  const unwatchAdapters = userAdaptersStorage.watch((stored) => {
    userAdapters = toAdapters(stored ?? []);
    watcher.refresh();
  });
  signal.addEventListener('abort', unwatchAdapters);

  answerHighlightRequests(doc, () => shownAdapter, signal);
}

// Spelled out, not `URL.origin`: that is "null" for extension schemes outside Chrome.
const originOf = (url: string) => new URL('/', url).href.slice(0, -1);

/**
 * The panel's address (Chrome: the session's dynamic one, see `use_dynamic_url`) and the
 * extension's own origin, where Chrome lands the frame, for messages to it.
 */
function panelAddress(dockToken: string) {
  const url = `${browser.runtime.getURL('/panel.html')}?${DOCK_TOKEN_PARAM}=${dockToken}`;
  return { url, origins: [originOf(browser.runtime.getURL('/')), originOf(url)] };
}

function reportSendFailure(error: unknown): void {
  // Only happens when the extension was reloaded or updated under this page.
  console.debug('Caselight: could not reach the extension', error);
}

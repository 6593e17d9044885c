import { clampWidth, type DockLayout } from './layout';
import { dockRoomOf, setDockRoom } from './dock-space';
import { DOCK_CSS } from './dock-styles';
import { newToken } from './dock-token';
import { KEYS_GRANT_MESSAGE, KEYS_TOKEN_PARAM, type KeysGrant } from './keys-grant';

export interface Dock {
  apply(layout: DockLayout): void;
  /** Starts the panel in the frame (once): the dock's place is taken before, the panel later. */
  loadPanel(): void;
  /** Moves keyboard focus into the panel, telling it the reviewer sent it there (their hotkey). */
  focus(): void;
  destroy(): void;
}

/**
 * Mounts the panel as an extension-page iframe inside a closed shadow root (the pattern
 * password managers use), so the host page can neither read the panel nor reach into the
 * dock's own controls. In `push` mode the console is narrowed so the panel never covers it.
 */
export function mountDock(
  doc: Document,
  panel: { url: string; origins: string[] },
  onChange: (c: Partial<DockLayout>) => void,
): Dock {
  const host = doc.createElement('caselight-dock');
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = `<style>${DOCK_CSS}</style>
    <div class="dock"><div class="handle" role="separator" aria-orientation="vertical" tabindex="0"
      aria-label="Resize the Caselight panel (arrow keys)"></div></div>
    <template><iframe title="Caselight panel"></iframe></template>
    <button class="tab" type="button" aria-label="Expand the Caselight panel" hidden>Caselight</button>`;
  const dock = shadow.querySelector<HTMLElement>('.dock')!;
  const handle = shadow.querySelector<HTMLElement>('.handle')!;
  const tab = shadow.querySelector<HTMLButtonElement>('.tab')!;
  const keysToken = newToken();

  const html = doc.documentElement;
  let current: DockLayout | undefined;

  const setWidth = (width: number) => {
    dock.style.width = `${width}px`;
    if (current?.mode === 'push') setDockRoom(html, width);
  };
  const apply = (layout: DockLayout) => {
    current = layout;
    dock.hidden = layout.collapsed;
    tab.hidden = !layout.collapsed;
    dock.style.width = `${layout.width}px`;
    // Unchanged when the content script reserved this room before the console's first layout.
    setDockRoom(html, dockRoomOf({ ...layout, placement: 'page' }));
  };

  tab.addEventListener('click', () => onChange({ collapsed: false }));
  handle.addEventListener('pointerdown', (down) => {
    handle.setPointerCapture(down.pointerId);
    handle.classList.add('dragging');
    const view = doc.defaultView!;
    const move = (e: PointerEvent) => setWidth(clampWidth(view.innerWidth - e.clientX));
    const up = (e: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.classList.remove('dragging');
      onChange({ width: clampWidth(view.innerWidth - e.clientX) });
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up, { once: true });
  });
  handle.addEventListener('keydown', (e) => {
    const step = e.key === 'ArrowLeft' ? 24 : e.key === 'ArrowRight' ? -24 : 0;
    if (step && current) onChange({ width: clampWidth(current.width + step) });
  });

  // On <html>, not <body>: consoles that re-render their body must not wipe the dock, and at
  // document_start there is no body yet.
  doc.documentElement.append(host);
  // Kept out of the document until it has its address: an empty frame would first get a
  // document of its own in the console's process, only to swap it for the panel's.
  const frame = shadow.querySelector('template')!.content.querySelector('iframe')!;
  return {
    apply,
    loadPanel() {
      if (frame.parentNode === dock) return;
      frame.src = `${panel.url}#${KEYS_TOKEN_PARAM}=${keysToken}`;
      dock.append(frame);
    },
    focus() {
      frame.focus();
      const grant: KeysGrant = { type: KEYS_GRANT_MESSAGE, token: keysToken };
      // Only to our panel: if anything else were loaded in the frame, it gets nothing. Chrome
      // may land the frame on the extension's own origin instead of the dynamic one it was
      // given, so both are named; only the one that matches delivers.
      for (const origin of new Set(panel.origins)) frame.contentWindow?.postMessage(grant, origin);
    },
    destroy() {
      host.remove();
      setDockRoom(html, undefined);
    },
  };
}

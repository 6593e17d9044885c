import { COLLAPSED_TAB_WIDTH, type DockLayout } from './layout';

type Margin = readonly [value: string, priority: string];

// The console's own `margin-right` on <html>, from before any dock of ours took room there.
const consoleMargins = new WeakMap<HTMLElement, Margin>();

function consoleMargin(html: HTMLElement): Margin {
  let margin = consoleMargins.get(html);
  if (!margin) {
    margin = [
      html.style.getPropertyValue('margin-right'),
      html.style.getPropertyPriority('margin-right'),
    ];
    consoleMargins.set(html, margin);
  }
  return margin;
}

/** The room the dock takes from the console (px), or undefined when it floats or is elsewhere. */
export function dockRoomOf(layout: DockLayout): number | undefined {
  if (layout.placement !== 'page' || layout.mode !== 'push') return undefined;
  return layout.collapsed ? COLLAPSED_TAB_WIDTH : layout.width;
}

/**
 * Narrows the console by `room` px (undefined: gives it back its own margin). Set before the
 * console's first layout, the room costs nothing: the dock arriving later moves nothing.
 */
export function setDockRoom(html: HTMLElement, room: number | undefined): void {
  if (room === undefined) html.style.setProperty('margin-right', ...consoleMargin(html));
  else {
    consoleMargin(html);
    html.style.setProperty('margin-right', `${room}px`, 'important');
  }
}

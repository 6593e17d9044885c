/**
 * How the docked panel sits on the console page. Read by the content script, so it holds
 * nothing secret and is validated by hand here rather than with zod, which would triple the
 * size of the script loaded into every console page.
 */
export interface DockLayout {
  width: number;
  collapsed: boolean;
  /** `push`: the console is narrowed to make room; `overlay`: the panel floats over it. */
  mode: 'push' | 'overlay';
  /** `page`: docked in the console; `side-panel`: shown only in the browser's side panel. */
  placement: 'page' | 'side-panel';
}

export const MIN_DOCK_WIDTH = 300;
export const MAX_DOCK_WIDTH = 760;
export const COLLAPSED_TAB_WIDTH = 28;

export const DOCK_DEFAULTS: DockLayout = {
  width: 380,
  collapsed: false,
  mode: 'push',
  placement: 'page',
};

export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return DOCK_DEFAULTS.width;
  return Math.round(Math.min(MAX_DOCK_WIDTH, Math.max(MIN_DOCK_WIDTH, width)));
}

export function normaliseLayout(value: unknown): DockLayout {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<DockLayout>;
  return {
    width: typeof v.width === 'number' ? clampWidth(v.width) : DOCK_DEFAULTS.width,
    collapsed: typeof v.collapsed === 'boolean' ? v.collapsed : DOCK_DEFAULTS.collapsed,
    mode: v.mode === 'overlay' ? 'overlay' : 'push',
    placement: v.placement === 'side-panel' ? 'side-panel' : 'page',
  };
}

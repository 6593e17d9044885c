/** Styles of the dock's chrome, scoped inside its closed shadow root. */
export const DOCK_CSS = `
:host { all: initial; }
.dock { position: fixed; top: 0; right: 0; height: 100vh; display: flex; z-index: 2147483646;
  box-shadow: -1px 0 0 #d4d4d8, -6px 0 16px rgba(0,0,0,.06); background: #fff; }
.dock[hidden] { display: none; }
.handle { width: 6px; cursor: col-resize; background: transparent; flex: none; touch-action: none; }
.handle:hover, .handle:focus-visible, .handle.dragging { background: #6366f1; outline: none; }
iframe { border: 0; flex: 1; height: 100%; width: 100%; background: #fff; color-scheme: normal; }
.tab { position: fixed; top: 96px; right: 0; width: 28px; height: 112px; z-index: 2147483646;
  border: 1px solid #c7d2fe; border-right: 0; border-radius: 8px 0 0 8px; background: #4f46e5;
  color: #fff; font: 600 12px/1 system-ui, sans-serif; cursor: pointer; padding: 0;
  writing-mode: vertical-rl; letter-spacing: .04em; }
.tab:focus-visible { outline: 3px solid #a5b4fc; }
.tab[hidden] { display: none; }
`;

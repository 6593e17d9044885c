// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://127.0.0.1:4317/console/cases/C-1"}
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCaseDock } from '../case-dock';
import { mountDock, type Dock } from '../mount-dock';

vi.mock('../mount-dock', () => ({
  mountDock: vi.fn<typeof mountDock>(() => ({
    apply: vi.fn<Dock['apply']>(),
    loadPanel: vi.fn<Dock['loadPanel']>(),
    focus: vi.fn<Dock['focus']>(),
    destroy: vi.fn<Dock['destroy']>(),
  })),
}));

/** The browser's paint timeline, driven by hand: `paint()` is the console's first content. */
let observers: ((entries: { name: string }[]) => void)[];
const paint = () => observers.forEach((notify) => notify([{ name: 'first-contentful-paint' }]));
let controller: AbortController;
let sent: { type: string }[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  observers = [];
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      constructor(private notify: (list: { getEntries(): { name: string }[] }) => void) {}
      observe() {
        observers.push((entries) => this.notify({ getEntries: () => entries }));
      }
      disconnect() {}
    },
  );
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message as { type: string });
    return { ok: true };
  });
  controller = new AbortController();
  document.body.innerHTML =
    '<article class="case-view" data-case-id="C-1"><h1 class="case-subject">Spam</h1><ol class="thread"></ol></article>';
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

test('reads the case and docks the panel only once the console has painted, each in a task of its own', async () => {
  void startCaseDock(document, controller.signal);
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent).toEqual([]);
  expect(mountDock).not.toHaveBeenCalled();

  paint();
  await vi.advanceTimersByTimeAsync(100);
  expect(sent.map((m) => m.type)).toEqual(['case:found', 'dock:register']);
  expect(mountDock).toHaveBeenCalledOnce();
});

test('with the panel in the browser’s side panel, reads the case after the paint and docks nothing', async () => {
  await fakeBrowser.storage.local.set({ dockLayout: { placement: 'side-panel' } });
  void startCaseDock(document, controller.signal);
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent).toEqual([]);

  paint();
  await vi.advanceTimersByTimeAsync(100);
  expect(sent.map((m) => m.type)).toEqual(['case:found']);
  expect(mountDock).not.toHaveBeenCalled();
});

test('takes the dock’s place at the paint, and starts the panel in it only once the console has painted its case', async () => {
  document.body.innerHTML = '<p class="loading">Loading…</p>';
  void startCaseDock(document, controller.signal);
  paint();
  await vi.advanceTimersByTimeAsync(100);
  expect(mountDock).toHaveBeenCalledOnce();
  const dock = vi.mocked(mountDock).mock.results[0]!.value as Dock;
  expect(sent.map((m) => m.type)).toEqual(['case:reading', 'dock:register']);
  expect(dock.loadPanel).not.toHaveBeenCalled();

  document.body.innerHTML =
    '<article class="case-view" data-case-id="C-1"><h1 class="case-subject">Spam</h1><ol class="thread"></ol></article>';
  await vi.advanceTimersByTimeAsync(100);
  expect(sent.map((m) => m.type)).toEqual(['case:reading', 'dock:register', 'case:found']);
  expect(dock.loadPanel).toHaveBeenCalledOnce();
});

test('starts the panel without the case once it has waited 2 s, so a case that never comes is reported', async () => {
  document.body.innerHTML = '<p class="loading">Loading…</p>';
  void startCaseDock(document, controller.signal);
  paint();
  await vi.advanceTimersByTimeAsync(100);
  const dock = vi.mocked(mountDock).mock.results[0]!.value as Dock;
  await vi.advanceTimersByTimeAsync(1_800);
  expect(dock.loadPanel).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(200);
  expect(dock.loadPanel).toHaveBeenCalledOnce();
});

test('takes the dock’s room before the console’s first paint, and docks in the console’s idle time', async () => {
  const view = document.defaultView!;
  const idle: (() => void)[] = [];
  Object.defineProperty(view, 'requestIdleCallback', {
    configurable: true,
    value: (run: () => void, options: { timeout: number }) => {
      expect(options.timeout).toBeGreaterThan(0);
      idle.push(run);
    },
  });
  try {
    document.documentElement.style.removeProperty('margin-right');
    document.body.innerHTML = '<p class="loading">Loading…</p>';
    void startCaseDock(document, controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    // Before any paint: the console's first layout already leaves the dock's room.
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('380px');
    expect(document.documentElement.style.getPropertyPriority('margin-right')).toBe('important');
    expect(mountDock).not.toHaveBeenCalled();

    paint();
    await vi.advanceTimersByTimeAsync(100);
    expect(sent.map((m) => m.type)).toEqual(['case:reading']);
    expect(mountDock).not.toHaveBeenCalled();

    idle.splice(0).forEach((run) => run());
    await vi.advanceTimersByTimeAsync(0);
    expect(mountDock).toHaveBeenCalledOnce();
  } finally {
    Reflect.deleteProperty(view, 'requestIdleCallback');
  }
});

test('a dock floating over the console takes no room from it', async () => {
  document.documentElement.style.setProperty('margin-right', '7px');
  await fakeBrowser.storage.local.set({ dockLayout: { mode: 'overlay' } });
  void startCaseDock(document, controller.signal);
  await vi.advanceTimersByTimeAsync(10);
  // Floating over the console: no room taken from it.
  expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('7px');
  document.documentElement.style.removeProperty('margin-right');
});

test('a case painted before the console had an idle moment docks and starts the panel at once', async () => {
  const view = document.defaultView!;
  Object.defineProperty(view, 'requestIdleCallback', {
    configurable: true,
    value: () => undefined, // the console is never idle
  });
  try {
    void startCaseDock(document, controller.signal);
    paint();
    await vi.advanceTimersByTimeAsync(100);
    expect(mountDock).toHaveBeenCalledOnce();
    const dock = vi.mocked(mountDock).mock.results[0]!.value as Dock;
    expect(dock.loadPanel).toHaveBeenCalledOnce();
  } finally {
    Reflect.deleteProperty(view, 'requestIdleCallback');
    document.documentElement.style.removeProperty('margin-right');
  }
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { afterFirstPaint, afterNextPaint, FIRST_PAINT_PATIENCE_MS } from '../page-turns';

/** The browser's paint timeline, driven by hand: `paint()` is the console's first content. */
let observers: ((entries: { name: string }[]) => void)[];
function paint() {
  for (const notify of observers) notify([{ name: 'first-contentful-paint' }]);
}

beforeEach(() => {
  vi.useFakeTimers();
  observers = [];
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      constructor(private notify: (list: { getEntries(): { name: string }[] }) => void) {}
      observe() {
        observers.push((entries) => this.notify({ getEntries: () => entries }));
      }
      disconnect() {
        observers = [];
      }
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Whether `promise` has settled once pending work and timers up to `ms` have run. */
async function settledAfter(promise: Promise<void>, ms: number) {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

test('waits for the console’s first contentful paint, not for its first paint of nothing', async () => {
  const painted = afterFirstPaint(document, new AbortController().signal);
  for (const notify of observers) notify([{ name: 'first-paint' }]);
  expect(await settledAfter(painted, 500)).toBe(false);
  paint();
  expect(await settledAfter(painted, 0)).toBe(true);
});

test('goes at once when the console has already painted (injected into an open tab)', async () => {
  vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
    { name: 'first-contentful-paint' } as PerformanceEntry,
  ]);
  expect(await settledAfter(afterFirstPaint(document, new AbortController().signal), 0)).toBe(true);
});

test('in a hidden tab, which paints nothing, waits only until the console is parsed', async () => {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  expect(await settledAfter(afterFirstPaint(document, new AbortController().signal), 0)).toBe(true);
});

test('does not wait forever for a console that shows nothing', async () => {
  const painted = afterFirstPaint(document, new AbortController().signal);
  expect(await settledAfter(painted, FIRST_PAINT_PATIENCE_MS - 10)).toBe(false);
  expect(await settledAfter(painted, 20)).toBe(true);
});

test('after the next paint: only once a frame has been drawn, and then in a task of its own', async () => {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    frames.push(callback);
    return frames.length;
  });
  const painted = afterNextPaint(document);
  expect(await settledAfter(painted, 100)).toBe(false);

  frames.shift()!(performance.now());
  expect(await settledAfter(painted, 0)).toBe(true);
});

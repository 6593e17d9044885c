/**
 * Ways for the content script to give the console its turn first: nothing but its start before
 * the console's first contentful paint, and after it short tasks of its own, each behind the
 * console's queued work, so a reviewer sees the console come up as without Caselight.
 */

/** How long a visible console may go without a first contentful paint before we start anyway. */
export const FIRST_PAINT_PATIENCE_MS = 3000;

type Scheduler = { yield?: () => Promise<void> };

/**
 * Resolves in a new task, behind whatever the console has queued: `scheduler.yield()` where
 * the browser has it (it keeps our place ahead of later work), else a zero-delay timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = Reflect.get(globalThis, 'scheduler') as Scheduler | undefined;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const painted = (entries: PerformanceEntryList) =>
  entries.some((e) => e.name === 'first-contentful-paint');

/**
 * Resolves once the console has painted its first content (the browser's own
 * `first-contentful-paint` entry, there already when this script is injected into an open
 * tab). A hidden tab paints nothing until shown, so there it waits only for the document to be
 * parsed; a console that shows nothing for long is not waited on forever.
 */
export function afterFirstPaint(doc: Document, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const parsedWhileHidden = () => {
      if (doc.visibilityState === 'hidden') done();
    };
    const patience = setTimeout(() => done(), FIRST_PAINT_PATIENCE_MS);
    const done = () => {
      observer?.disconnect();
      clearTimeout(patience);
      doc.removeEventListener('DOMContentLoaded', parsedWhileHidden);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    if (painted(performance.getEntriesByType('paint'))) return done();
    if (typeof PerformanceObserver === 'function') {
      observer = new PerformanceObserver((list) => {
        if (painted(list.getEntries())) done();
      });
      observer.observe({ type: 'paint' });
    }
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', parsedWhileHidden);
    else parsedWhileHidden();
  });
}

/**
 * Resolves in a task after the page's next frame has been drawn: what the console rendered
 * before the call is on screen by then (a task posted from the frame's animation callback runs
 * after that frame's style, layout and paint). A hidden page draws no frames: it resolves then
 * after a timer alone.
 */
export function afterNextPaint(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const view = doc.defaultView;
    if (doc.visibilityState === 'hidden' || !view?.requestAnimationFrame)
      return void setTimeout(resolve, 0);
    view.requestAnimationFrame(() => void setTimeout(resolve, 0));
  });
}

/** How long the dock waits for an idle moment of the console's before it goes in anyway. */
export const IDLE_PATIENCE_MS = 300;

/**
 * Resolves when the console's main thread is idle (nothing queued, before the next frame is
 * due), or after `IDLE_PATIENCE_MS` of it staying busy; where the browser has no idle callback,
 * in a task of its own behind the console's.
 */
export function whenIdle(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (typeof view?.requestIdleCallback !== 'function') return yieldToPage();
  return new Promise((resolve) => {
    view.requestIdleCallback(() => resolve(), { timeout: IDLE_PATIENCE_MS });
  });
}

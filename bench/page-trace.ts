import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time; wall time `dur` also counts the thread waiting for a busy core. */
  tdur?: number;
  args?: { data?: { url?: string; documentLoaderURL?: string } };
}

/** The page's main thread in a trace, from its navigation on. */
export interface PageThread {
  pid: number;
  tid: number;
  start: number;
}

// RunTask (top-level tasks), FunctionCall/EvaluateScript with script URLs, navigationStart.
const CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
];

/**
 * Records a Chromium trace (all processes) while `action` runs. A task still running when the
 * trace stops comes as an unpaired begin event: it is closed at the trace's last timestamp.
 */
export async function recordTrace(cdp: CDPSession, action: () => Promise<void>) {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  const open = new Map<string, TraceEvent[]>();
  let last = 0;
  for (const e of events.toSorted((a, b) => a.ts - b.ts)) {
    last = Math.max(last, e.ts + (e.dur ?? 0));
    const stack = open.get(`${e.pid}:${e.tid}`) ?? [];
    open.set(`${e.pid}:${e.tid}`, stack);
    if (e.ph === 'B') stack.push(e);
    const begun = e.ph === 'E' ? stack.pop() : undefined;
    if (begun) Object.assign(begun, { ph: 'X', dur: e.ts - begun.ts });
  }
  for (const e of [...open.values()].flat()) Object.assign(e, { ph: 'X', dur: last - e.ts });
  return events;
}

export function pageThread(events: TraceEvent[], url: string): PageThread {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
  );
  if (!nav) throw new Error(`No navigation to ${url} in the trace`);
  return { pid: nav.pid, tid: nav.tid, start: nav.ts };
}

const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Top-level tasks of the page's main thread since its navigation started. */
export function mainThreadTasks(events: TraceEvent[], thread: PageThread): TraceEvent[] {
  let coveredUntil = -1;
  return events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.ts >= thread.start,
    )
    .toSorted((a, b) => a.ts - b.ts)
    .filter((task) => {
      // A nested run loop (rare) would count its tasks twice.
      if (task.ts < coveredUntil) return false;
      coveredUntil = task.ts + (task.dur ?? 0);
      return true;
    });
}

/** Outermost script calls (FunctionCall, EvaluateScript) inside `task`, in order. */
function scriptCallsIn(events: TraceEvent[], task: TraceEvent): TraceEvent[] {
  let coveredUntil = -1;
  const end = task.ts + (task.dur ?? 0);
  return events
    .filter(
      (e) =>
        (e.name === 'FunctionCall' || e.name === 'EvaluateScript') &&
        e.ph === 'X' &&
        e.pid === task.pid &&
        e.tid === task.tid &&
        e.ts >= task.ts &&
        e.ts < end,
    )
    .toSorted((a, b) => a.ts - b.ts)
    .filter((call) => {
      if (call.ts < coveredUntil) return false;
      coveredUntil = call.ts + (call.dur ?? 0);
      return true;
    });
}

const isFrom = (call: TraceEvent, origin: string) => !!call.args?.data?.url?.startsWith(origin);

/**
 * Thread time (ms) of script from `origin` (the extension) inside `task`, and how many calls:
 * outermost FunctionCall (observer, timer and event callbacks) and EvaluateScript events,
 * whatever they trigger included (GC, style). Promise continuations carry no script URL in a
 * trace, so they are not counted.
 */
export function scriptTimeIn(events: TraceEvent[], task: TraceEvent, origin: string) {
  const ours = scriptCallsIn(events, task).filter((call) => isFrom(call, origin));
  return { ms: ours.reduce((sum, call) => sum + cpu(call), 0), calls: ours.length };
}

/**
 * The most main-thread time (ms) our script took in one task: its calls (and the style, layout
 * and GC they forced, which run inside them). Not the whole task: our observer callback runs
 * inside the console's own render and module evaluation, our script inside its parse.
 */
export function longestOwnTaskMs(events: TraceEvent[], tasks: TraceEvent[], origin: string) {
  return Math.max(0, ...tasks.map((task) => scriptTimeIn(events, task, origin).ms));
}

export const busyMs = (tasks: TraceEvent[]) => tasks.reduce((sum, t) => sum + cpu(t), 0);

// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { readyTabCase } from '../../panel/__tests__/fixtures';
import { makeDecision } from '../../../utils/decisions/__tests__/fixtures';
import { OUTBOX_ENTRY_VERSION, type OutboxEntry } from '../../../utils/decisions/outbox-entry';
import { DecisionForm } from '../decision-form';
import { OutboxEntryRow } from '../outbox-entry-row';
import { NOT_SEEN_MESSAGE, watchSight } from '../seen-guard';
import { intentGuard, type IntentGuard } from '../intent-guard';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Chromium's IntersectionObserver v2, driven by the test: `report(true)` = drawn unobscured. */
class FakeVisibilityObserver {
  static latest: FakeVisibilityObserver | undefined;
  target: Element | undefined;
  disconnected = false;
  constructor(
    private readonly callback: (entries: { isVisible: boolean; time: number }[]) => void,
    readonly options: { trackVisibility?: boolean; delay?: number },
  ) {
    FakeVisibilityObserver.latest = this;
  }
  observe(target: Element) {
    this.target = target;
  }
  disconnect() {
    this.disconnected = true;
  }
  /** A change the browser saw at `time` (performance.now()), reported now. */
  report(isVisible: boolean, time = performance.now()) {
    this.callback([{ isVisible, time }]);
  }
}
const observer = () => FakeVisibilityObserver.latest!;

let container: HTMLElement;
let root: Root;
let sent: { type: string }[];
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  fakeBrowser.runtime.onMessage.addListener(
    (message: { type: string }, _sender, sendResponse: (answer: unknown) => void) => {
      sent.push(message);
      sendResponse({ ok: true });
      return true;
    },
  );
  vi.stubGlobal('IntersectionObserver', FakeVisibilityObserver);
  // As in Chromium, `isVisible` is a getter on the entry's prototype.
  vi.stubGlobal(
    'IntersectionObserverEntry',
    class {
      get isVisible() {
        return false;
      }
    },
  );
  FakeVisibilityObserver.latest = undefined;
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(async () => {
  await act(() => root.unmount());
  vi.unstubAllGlobals();
});

it('asks the browser to track visibility, which needs a delay of at least 100 ms', () => {
  const watch = watchSight(container);
  expect(observer().options).toMatchObject({ trackVisibility: true });
  expect(observer().options.delay).toBeGreaterThanOrEqual(100);
  expect(observer().target).toBe(container);
  watch.stop();
  expect(observer().disconnected).toBe(true);
});

it('waits for the first answer, follows later ones, and gives up waiting after the timeout', async () => {
  vi.useFakeTimers();
  try {
    const watch = watchSight(container);
    expect(watch.current()).toBe('pending');
    const first = watch.settled(2000);
    observer().report(true);
    expect(await first).toBe('seen');
    observer().report(false);
    expect(await watch.settled(2000)).toBe('unseen');

    const silent = watchSight(document.createElement('div'));
    const gaveUp = silent.settled(2000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await gaveUp).toBe('pending');
  } finally {
    vi.useRealTimers();
  }
});

it('a browser that cannot track visibility (Firefox) refuses nothing', async () => {
  // Firefox's entry has the v1 fields only.
  vi.stubGlobal('IntersectionObserverEntry', function IntersectionObserverEntry() {});
  const watch = watchSight(container);
  expect(await watch.settled(2000)).toBe('untracked');
  expect(watch.seenSince()).toBe('untracked');
  expect(FakeVisibilityObserver.latest).toBeUndefined();
  guard = intentGuard(window);
  await expect(guard.confirm()).resolves.toBeUndefined();
});

it('an action counts only with the panel in plain sight for 300 ms without a break, even if the page hides it only at the last moment', async () => {
  guard = intentGuard(window);
  observer().report(true, performance.now() - 5000);
  await expect(guard.confirm()).resolves.toBeUndefined();

  // Hidden just before the action, reported a moment after it (the browser's visibility delay).
  const hiddenLate = guard.confirm();
  setTimeout(() => observer().report(false, performance.now() - 20), 50);
  await expect(hiddenLate).rejects.toThrow(NOT_SEEN_MESSAGE);

  // Shown an instant before the action, and hidden again before it had been in sight 300 ms.
  observer().report(true);
  const flashed = guard.confirm();
  setTimeout(() => observer().report(false), 220);
  await expect(flashed).rejects.toThrow(NOT_SEEN_MESSAGE);

  // Shown an instant before the action and left in sight (a fast reviewer on a new case): the
  // action waits out the 300 ms, then counts.
  observer().report(true);
  const started = performance.now();
  await expect(guard.confirm()).resolves.toBeUndefined();
  expect(performance.now() - started).toBeGreaterThanOrEqual(300);
});

it('with no answer from the browser at all, an action is refused, not let through', async () => {
  vi.useFakeTimers();
  try {
    guard = intentGuard(window);
    const outcome = guard.confirm().then(
      () => 'let through',
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(2000);
    expect(await outcome).toBe(NOT_SEEN_MESSAGE);
  } finally {
    vi.useRealTimers();
  }
});

const { case: shownCase } = readyTabCase(
  'Your parcel is held: pay the fee at pay-fee.example',
).extraction;

// The panel's guard, as its entrypoint starts it (in happy-dom the page is not framed, so only
// sight decides here; focus-grant.test.ts covers keys).
let guard: IntentGuard | undefined;
afterEach(() => guard?.stop());

function GuardedForm() {
  return (
    <DecisionForm
      case={shownCase}
      pack={DEFAULT_GUIDANCE_PACK}
      reviewerId="r1"
      confirmIntent={guard!.confirm}
    />
  );
}

async function decide(actionLabel: RegExp) {
  const action = [...container.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) =>
    actionLabel.test(b.textContent ?? ''),
  )!;
  await act(async () => action.click());
  const form = container.querySelector('form')!;
  await act(async () => form.requestSubmit());
  // Let the guard's answer (it waits for late reports) and the send settle.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 250)));
}

it('a decision made while the page hides the panel is not sent, and says why; once seen it goes', async () => {
  guard = intentGuard(window);
  await act(async () => root.render(<GuardedForm />));
  expect(observer().target).toBe(document.documentElement);
  observer().report(false);
  await decide(/Approve|No violation/);
  expect(sent.filter((m) => m.type === 'decision:submit')).toEqual([]);
  expect(container.querySelector('[role="alert"]')?.textContent).toBe(
    `Not submitted: ${NOT_SEEN_MESSAGE}`,
  );

  observer().report(true);
  await act(async () => new Promise((resolve) => setTimeout(resolve, 350)));
  await act(async () => container.querySelector('form')!.requestSubmit());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 250)));
  expect(sent.filter((m) => m.type === 'decision:submit')).toHaveLength(1);
  await vi.waitFor(() => expect(container.querySelector('[role="alert"]')).toBeNull());
});

function GuardedRow({ entry }: { entry: OutboxEntry }) {
  return (
    <OutboxEntryRow entry={entry} label="Remove content" now={0} confirmIntent={guard!.confirm} />
  );
}

const click = async (name: string) => {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;
  await act(async () => button.click());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 250)));
};

it('undo and discard wait for the reviewer to see the panel; retry, which decides nothing, does not', async () => {
  const failed: OutboxEntry = {
    v: OUTBOX_ENTRY_VERSION,
    writebacks: [],
    decision: makeDecision(),
    state: 'failed',
    createdAt: 0,
    notBefore: 0,
    nextAttemptAt: 0,
    attempts: 3,
    lastError: { status: 500, message: 'The case API answered 500.', at: 0 },
  };
  guard = intentGuard(window);
  await act(async () => root.render(<GuardedRow entry={failed} />));
  observer().report(false);
  await click('Discard…');
  await click('Yes, discard');
  const alerts = [...container.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
  expect(alerts).toContain(`Not done: ${NOT_SEEN_MESSAGE}`);
  await click('Retry now');
  expect(sent.map((m) => m.type)).toEqual(['outbox:retry']);

  await act(async () =>
    root.render(<GuardedRow entry={{ ...failed, state: 'queued', lastError: undefined }} />),
  );
  await click('Undo');
  expect(sent.map((m) => m.type)).toEqual(['outbox:retry']);
  observer().report(true);
  await new Promise((resolve) => setTimeout(resolve, 350));
  await click('Undo');
  expect(sent.map((m) => m.type)).toEqual(['outbox:retry', 'decision:undo']);
});

// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { installedPackStorage } from '../../../utils/guidance/installed';
import { exposureTallyStorage } from '../../../utils/wellness/exposure-storage';
import { LiveAnnouncer } from '../../panel/live-announcer';
import { ExposureLine } from '../exposure-line';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const byId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

it('past the threshold it suggests a break; a break shows its timer and is counted', async () => {
  const now = Date.now();
  await exposureTallyStorage.setValue({
    shiftStartedAt: now - 4_000_000,
    lastCountedAt: now,
    seconds: 61 * 60,
    nextSuggestAt: 60 * 60,
    days: {},
  });
  await act(() => root.render(<ExposureLine tabId={7} />));
  await settle();
  expect(byId('exposure-suggestion')?.textContent).toContain('61 minutes');
  // Shown once: counted for the team aggregate.
  const day = new Date().toISOString().slice(0, 10);
  expect((await exposureTallyStorage.getValue())?.days[day]?.suggestions).toBe(1);
  await act(() => byId('take-break')!.click());
  await settle();
  expect(byId('break-timer')?.textContent).toMatch(/On a break: 1[45]:\d\d left/);
  expect(byId('exposure-suggestion')).toBeNull();
  expect((await exposureTallyStorage.getValue())?.days[day]?.breaks).toBe(1);
});

it('a break can be taken at any time, before any count', async () => {
  await act(() => root.render(<ExposureLine tabId={7} />));
  await settle();
  expect(byId('exposure-minutes')?.textContent).toContain('0 min');
  await act(() => byId('take-break')!.click());
  await settle();
  expect(byId('break-timer')).not.toBeNull();
});

const past = async (minutes: number) => {
  const now = Date.now();
  await exposureTallyStorage.setValue({
    shiftStartedAt: now - minutes * 60_000,
    lastCountedAt: now,
    seconds: minutes * 60,
    nextSuggestAt: 60 * 60,
    days: {},
  });
};
const lighterQueues = [
  { label: 'Spam', url: 'https://console.test/queues/spam' },
  { label: 'Ads', url: 'https://console.test/queues/ads', from: ['graphic'] },
];
const button = (label: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === label);

it("past the second threshold it offers the lead's lighter queue for this queue, switched through the background and announced", async () => {
  const wellness = { exposure: { lighterQueues } };
  await installedPackStorage.setValue({ ...DEFAULT_GUIDANCE_PACK, wellness } as never);
  await past(121);
  const asked: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    asked.push(message);
    (sendResponse as (answer: unknown) => void)({ ok: true, label: 'Ads' });
    return true;
  });
  await act(() =>
    root.render(
      <LiveAnnouncer>
        <ExposureLine tabId={7} queue="graphic" />
      </LiveAnnouncer>,
    ),
  );
  await settle();
  expect(byId('exposure-suggestion')?.textContent).toContain('or a lighter queue (Ads)');
  expect(byId('live-polite')?.textContent).toBe('High-severity time: consider a break or Ads.');
  const switchTo = byId('switch-queue') as HTMLButtonElement;
  expect(switchTo.textContent).toBe('Switch to Ads');
  expect(switchTo.tagName).toBe('BUTTON'); // reachable with Tab, pressed with Enter or Space
  await act(() => switchTo.click());
  await settle();
  expect(asked).toEqual([{ type: 'wellness:lighter-queue', tabId: 7 }]);
  expect(byId('switch-outcome')?.textContent).toBe('Opening Ads in this tab.');
  expect(byId('live-polite')?.textContent).toBe('Opening Ads in this tab.');
});

it('a refused switch is said aloud; the take-a-break offer in the suggestion starts the timer', async () => {
  await installedPackStorage.setValue({
    ...DEFAULT_GUIDANCE_PACK,
    wellness: { exposure: { lighterQueues } },
  } as never);
  await past(121);
  fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
    (sendResponse as (answer: unknown) => void)({ ok: false, message: 'No tab.' });
    return true;
  });
  await act(() =>
    root.render(
      <LiveAnnouncer>
        <ExposureLine tabId={7} queue="self-harm" />
      </LiveAnnouncer>,
    ),
  );
  await settle();
  await act(() => byId('switch-queue')!.click());
  await settle();
  expect(byId('live-urgent')?.textContent).toBe('Could not switch queue: No tab.');
  await act(() => button('Take a break')!.click());
  await settle();
  expect(byId('break-timer')).not.toBeNull();
  expect(byId('live-polite')?.textContent).toContain('Break started: 15 minutes');
});

it('before the second threshold, or without a tab, no switch is offered', async () => {
  await installedPackStorage.setValue({
    ...DEFAULT_GUIDANCE_PACK,
    wellness: { exposure: { lighterQueues } },
  } as never);
  await past(61);
  await act(() => root.render(<ExposureLine tabId={7} queue="graphic" />));
  await settle();
  expect(byId('exposure-suggestion')).not.toBeNull();
  expect(byId('switch-queue')).toBeNull();
  await act(() => past(121));
  await act(() => root.render(<ExposureLine tabId={null} queue="graphic" />));
  await settle();
  expect(byId('switch-queue')).toBeNull();
});

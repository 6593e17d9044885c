// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exposureTallyStorage } from '../../../utils/wellness/exposure-storage';
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
  await act(() => root.render(<ExposureLine />));
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
  await act(() => root.render(<ExposureLine />));
  await settle();
  expect(byId('exposure-minutes')?.textContent).toContain('0 min');
  await act(() => byId('take-break')!.click());
  await settle();
  expect(byId('break-timer')).not.toBeNull();
});

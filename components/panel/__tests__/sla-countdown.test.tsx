// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { SlaCountdown } from '../sla-countdown';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.parse('2026-12-07T10:00:00.000Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
let container: HTMLElement;
let root: Root;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

const countdown = () => container.querySelector<HTMLElement>('[data-testid="sla-countdown"]');

it('shows a relative time while the SLA is more than an hour off', async () => {
  await act(async () => root.render(<SlaCountdown dueAt={at(2 * 3_600_000)} />));
  expect(countdown()).toBeNull();
  expect(container.textContent).toContain('2 hours');
});

it('counts down by the second under an hour, then turns red when breached', async () => {
  await act(async () => root.render(<SlaCountdown dueAt={at(2_000)} />));
  expect(countdown()?.textContent).toBe('0:02 left');
  expect(countdown()?.dataset.state).toBe('countdown');
  await act(async () => vi.advanceTimersByTime(1_000));
  expect(countdown()?.textContent).toBe('0:01 left');
  await act(async () => vi.advanceTimersByTime(5_000));
  expect(countdown()?.dataset.state).toBe('breached');
  expect(countdown()?.textContent).toBe('Breached 0:04 ago');
  expect(countdown()?.className).toContain('text-red-700');
});

it('starts counting once a far SLA comes within the hour', async () => {
  await act(async () => root.render(<SlaCountdown dueAt={at(3_600_000 + 20_000)} />));
  expect(countdown()).toBeNull();
  await act(async () => vi.advanceTimersByTime(30_000));
  expect(countdown()?.textContent).toBe('59:50 left');
  await act(async () => vi.advanceTimersByTime(1_000));
  expect(countdown()?.textContent).toBe('59:49 left');
});

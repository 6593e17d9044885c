// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GoldItem, GoldSet } from '../../../utils/training/schema';
import { AssignSection } from '../assign-section';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const item = (position: number, disputed: boolean): GoldItem => ({
  caseId: `C-50012${position}`,
  position,
  expectedAction: 'remove',
  expectedPolicyIds: [],
  explanation: '',
  disputed,
});
const setOf = (items: GoldItem[]): GoldSet => ({
  id: 'gs-1',
  title: 'Hard calls',
  description: '',
  passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9 },
  createdBy: 'Tom Trainer',
  createdAt: '2026-11-02T10:00:00Z',
  items,
  assignments: [],
});

let sent: unknown[];
let container: HTMLElement;
let root: Root;
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    return Promise.resolve({ ok: false, message: 'not in this test' });
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const assignButton = () =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === 'Assign')!;
const refusal = () => container.querySelector('[data-testid="unassignable"]');

it('refuses to assign a set whose every case is "experts disagree", saying why', async () => {
  act(() =>
    root.render(
      <AssignSection set={setOf([item(0, true), item(1, true)])} onAssigned={() => {}} />,
    ),
  );
  expect(refusal()?.textContent).toContain('there is no agreed answer to score a trainee against');
  expect(assignButton().disabled).toBe(true);
  await act(async () => assignButton().click());
  expect(sent).toEqual([]);
});

it('lets a set with one agreed case be assigned', () => {
  act(() =>
    root.render(
      <AssignSection set={setOf([item(0, true), item(1, false)])} onAssigned={() => {}} />,
    ),
  );
  expect(refusal()).toBeNull();
  expect(assignButton().disabled).toBe(false);
});

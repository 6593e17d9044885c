// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { installedPackStorage } from '../../../utils/guidance/installed';
import type { GoldSet } from '../../../utils/training/schema';
import { TrainerApp } from '../trainer-app';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const BASE = 'http://127.0.0.1:4317/api';
const trainer = { id: 'trainer-tom', name: 'Tom Trainer', role: 'trainer' };
const reviewer = { id: 'rev-ana', name: 'Ana Reviewer', role: 'reviewer' };
const set: GoldSet = {
  id: 'gs-1',
  title: 'Week 1',
  description: 'Core policies',
  passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9 },
  createdBy: 'Tom Trainer',
  createdAt: '2026-11-02T10:00:00Z',
  items: [
    {
      caseId: 'C-500123',
      position: 0,
      subject: 'Late-night post',
      sourceCaseId: 'C-1042',
      expectedAction: 'escalate-self-harm',
      expectedPolicyIds: ['self-harm'],
      explanation: 'Plan, means and time.',
      disputed: false,
    },
  ],
  assignments: [],
};
const assigned = {
  ...set,
  assignments: ['rev-ana', 'rev-ben'].map((reviewerId) => ({
    reviewerId,
    reviewerName: reviewerId,
    assignedBy: 'Tom Trainer',
    assignedAt: '2026-11-03T10:00:00Z',
  })),
};

type Sent = { token?: string; request: { op: string; reviewerIds?: string[] } };
let sent: Sent[];
let container: HTMLElement;
let root: Root;

function answer({ token, request }: Sent): unknown {
  switch (request.op) {
    case 'me':
      return { ok: true, me: token === 'trainer-token' ? trainer : reviewer, baseUrl: BASE };
    case 'list-sets':
      return {
        ok: true,
        sets: [
          { ...set, itemCount: 1, assigneeCount: 0, items: undefined, assignments: undefined },
        ],
      };
    case 'get-set':
      return { ok: true, set };
    case 'attempts':
      return { ok: true, attempts: [] };
    case 'assign':
      return { ok: true, set: assigned };
    case 'get-calibration':
      return { ok: true, calibration: { rate: 0, setId: null } };
    default:
      return { refused: 'not in this test' };
  }
}

beforeEach(async () => {
  fakeBrowser.reset();
  await installedPackStorage.setValue(DEFAULT_GUIDANCE_PACK);
  sent = [];
  fakeBrowser.runtime.onMessage.addListener(
    (message: Sent, _sender, sendResponse: (answer: unknown) => void) => {
      sent.push(message);
      sendResponse(answer(message));
      return true;
    },
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);
const button = (name: string) =>
  [...container.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  )!;
const labelled = <E extends HTMLElement>(text: string): E => {
  const label = [...container.querySelectorAll('label')].find((l) =>
    l.textContent?.startsWith(text),
  )!;
  return (
    label.htmlFor
      ? container.querySelector(`#${CSS.escape(label.htmlFor)}`)
      : label.querySelector('input')
  ) as E;
};
function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = Object.getPrototypeOf(input) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

it('says a reviewer token cannot train, and works with a trainer token for this page', async () => {
  await act(async () => root.render(<TrainerApp />));
  await settle();
  expect(byTestId('trainer-identity')?.textContent).toContain('Ana Reviewer (reviewer)');
  expect(byTestId('not-a-trainer')?.textContent).toContain('not a trainer or admin');
  expect(sent.map((m) => m.request.op)).toEqual(['me']);

  await act(async () => button('Use another token for this page').click());
  await act(async () => type(labelled('Token for this page'), 'trainer-token'));
  await act(async () => button('Use token').click());
  await settle();
  expect(byTestId('trainer-identity')?.textContent).toContain(
    'Tom Trainer (trainer) at http://127.0.0.1:4317/api, with a token for this page only',
  );
  expect(byTestId('not-a-trainer')).toBeNull();
  expect(container.querySelector('table[aria-label="Gold sets"]')?.textContent).toContain('Week 1');
  expect(sent.filter((m) => m.request.op !== 'me').every((m) => m.token === 'trainer-token')).toBe(
    true,
  );
});

it('opens a set, assigns trainees from a pasted list, and refreshes progress', async () => {
  await act(async () => root.render(<TrainerApp />));
  await settle();
  await act(async () => button('Use another token for this page').click());
  await act(async () => type(labelled('Token for this page'), 'trainer-token'));
  await act(async () => button('Use token').click());
  await settle();

  await act(async () => button('Open gold set Week 1').click());
  await settle();
  const cases = container.querySelector('table[aria-label="Gold cases"]')!;
  expect(cases.textContent).toContain('Escalate: self-harm risk');
  expect(cases.textContent).toContain('(from C-1042)');

  await act(async () => type(labelled('Reviewer ids'), 'rev-ana, rev-ben\nrev-ana'));
  await act(async () => button('Assign').click());
  await settle();
  expect(sent.find((m) => m.request.op === 'assign')?.request.reviewerIds).toEqual([
    'rev-ana',
    'rev-ben',
  ]);
  expect(byTestId('assign-outcome')?.textContent).toBe('Assigned to 2 trainees.');
  expect(container.querySelector('[aria-label="Assigned trainees"]')?.textContent).toContain(
    'rev-ben',
  );

  const before = sent.filter((m) => m.request.op === 'attempts').length;
  await act(async () => button('Refresh progress').click());
  await settle();
  expect(sent.filter((m) => m.request.op === 'attempts')).toHaveLength(before + 1);
});

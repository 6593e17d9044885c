// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Request } from '../../../utils/messaging/protocol';
import type { QaLeadRequest } from '../../../utils/qa/qa-messages';
import { DisputesPage } from '../disputes-page';
import { LIVE_ID, result } from './fixtures';

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

const dispute = {
  reason: 'Known scam',
  openedAt: '2026-12-07T12:00:00.000Z',
  outcome: null,
  settledBy: null,
  settleNote: null,
  settledAt: null,
};
const button = (text: RegExp) =>
  [...container.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''))!;

it('lists open disputes, settles one with the note, and reads the list again', async () => {
  let open = [result({ dispute })];
  const asked: QaLeadRequest[] = [];
  fakeBrowser.runtime.sendMessage = vi.fn<(request: Request) => Promise<unknown>>(
    async (request) => {
      if (request.type !== 'qa:lead') throw new Error(`unexpected ${request.type}`);
      asked.push(request.request);
      if (request.request.op === 'disputes') return { ok: true, results: open };
      open = [];
      const settled = { ...dispute, outcome: request.request.settle.outcome };
      return { ok: true, result: result({ dispute: settled }) };
    },
  ) as never;
  await act(async () => root.render(<DisputesPage />));
  const item = container.querySelector('[data-testid="dispute"]');
  expect(item?.textContent).toContain('Dispute: “Known scam”');
  expect(item?.textContent).toContain('QA note: “QA-NOTE”');

  const note = container.querySelector('textarea')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  await act(async () => {
    setValue.call(note, 'Scam links are removed.');
    note.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => button(/Accept dispute/).click());

  expect(asked).toEqual([
    { op: 'disputes' },
    {
      op: 'settle',
      decisionId: LIVE_ID,
      settle: { outcome: 'overturned', note: 'Scam links are removed.' },
    },
    { op: 'disputes' },
  ]);
  expect(container.textContent).toContain('No open disputes.');
  expect(container.querySelector('[role="status"]')?.textContent).toBe(
    'Dispute on C-1 settled: overturned.',
  );
});

it('a refusal (not a lead) is shown with the case API’s reason', async () => {
  fakeBrowser.runtime.sendMessage = vi.fn<() => Promise<unknown>>(async () => ({
    ok: false,
    problem: 'forbidden',
    message: 'Only a lead settles disputes.',
  })) as never;
  await act(async () => root.render(<DisputesPage />));
  expect(container.querySelector('[role="alert"]')?.textContent).toBe(
    'Could not load disputes: Only a lead settles disputes.',
  );
});

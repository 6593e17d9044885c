// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Escalation } from '../../../utils/escalations/schema';
import type { EscalationOp } from '../../../utils/escalations/escalation-messages';
import { LiveAnnouncer } from '../../panel/live-announcer';
import { EscalationBanner } from '../escalation-banner';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const OPEN: Escalation = {
  id: 'esc_0123abcd',
  console: 'demo-console',
  caseId: 'C-1001',
  decisionId: '6f1c1d7e-7d43-4b1a-9d6c-2b1e4c0a9f10',
  action: 'escalate-self-harm',
  severity: 'critical',
  state: 'open',
  openedAt: '2026-12-08T03:00:00.000Z',
  checklists: [],
  history: [
    { state: 'open', byId: 'rev-ana', byName: 'Ana Reviewer', at: '2026-12-08T03:00:00.000Z' },
  ],
  deliveries: [
    { webhookId: 'wh_1', event: 'open', status: 'pending', attempts: 2, lastError: 'HTTP 500' },
  ],
};

let stored: Escalation;
let canManage: boolean;
let moves: EscalationOp[];
let container: HTMLElement;
let root: Root;
beforeEach(() => {
  fakeBrowser.reset();
  stored = OPEN;
  moves = [];
  fakeBrowser.runtime.onMessage.addListener(
    (message: { type: string; request: EscalationOp }, _s, sendResponse: (a: unknown) => void) => {
      const { request } = message;
      if (request.op === 'move') {
        moves.push(request);
        const step = {
          state: request.to,
          byId: 'lead-priya',
          byName: 'Priya Lead',
          at: '2026-12-08T03:05:00.000Z',
          note: request.note,
        };
        stored = { ...stored, state: request.to, history: [...stored.history, step] };
        sendResponse({ ok: true, op: 'move', escalation: stored });
      } else sendResponse({ ok: true, op: 'load', escalations: [stored], canManage });
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

const banner = () => container.querySelector<HTMLElement>('[data-testid="escalation-banner"]');
async function render() {
  await act(async () =>
    root.render(
      <LiveAnnouncer>
        <EscalationBanner
          console="demo-console"
          caseId="C-1001"
          reloadKey={0}
          label={() => 'Escalate: self-harm risk'}
        />
      </LiveAnnouncer>,
    ),
  );
  await act(() => vi.waitFor(() => expect(banner()).not.toBeNull()));
}

it('shows a reviewer the open escalation, announces it, and offers no lead buttons', async () => {
  canManage = false;
  await render();
  expect(banner()!.dataset.state).toBe('open');
  expect(banner()!.textContent).toContain(
    'Safety escalation open: “Escalate: self-harm risk” by Ana Reviewer',
  );
  expect(banner()!.textContent).toContain('retrying (2 attempt(s), last: HTTP 500)');
  expect(container.querySelector('[data-testid="live-urgent"]')?.textContent).toContain(
    'Safety escalation open',
  );
  expect(container.querySelectorAll('button')).toHaveLength(0);
});

it('lets a lead acknowledge with a note, then shows who acknowledged it', async () => {
  canManage = true;
  await render();
  const note = container.querySelector<HTMLInputElement>('input[aria-label^="Escalation note"]')!;
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(note, 'Wellbeing team paged');
    note.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const acknowledge = [...container.querySelectorAll('button')].find(
    (b) => b.textContent === 'Acknowledge',
  )!;
  await act(async () => acknowledge.click());
  await act(() => vi.waitFor(() => expect(banner()!.dataset.state).toBe('acknowledged')));
  expect(moves).toEqual([
    { op: 'move', escalationId: OPEN.id, to: 'acknowledged', note: 'Wellbeing team paged' },
  ]);
  expect(banner()!.textContent).toContain('Safety escalation acknowledged by Priya Lead');
  expect(container.querySelector('[data-testid="live-polite"]')?.textContent).toContain(
    'acknowledged by Priya Lead',
  );
  expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
    'Close escalation',
  ]);
});

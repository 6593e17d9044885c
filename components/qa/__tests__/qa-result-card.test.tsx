// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Case } from '../../../utils/case/schema';
import { LiveAnnouncer } from '../../panel/live-announcer';
import { QaResultCard } from '../qa-result-card';
import { answerQa, LIVE_ID, result } from './fixtures';

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

const shown = { id: 'C-1', console: 'zendesk', items: [] } as unknown as Case;
const REVERSED =
  'The case API answered 409: Decision was already reversed, so there is nothing to dispute.';
const button = (text: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === text);

async function type(area: HTMLTextAreaElement, text: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  await act(async () => {
    setValue.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

it('shows my result on this case with the QA note, announced; another console’s or reviewer’s is not mine', async () => {
  const asked = answerQa(() => ({
    ok: true,
    results: [
      result({ console: 'classic', note: 'OTHER-CONSOLE' }),
      result({ reviewerId: 'rev-ben', note: 'OTHER-REVIEWER' }),
      result({ score: 75, note: 'QA-NOTE' }),
    ],
  }));
  await act(async () =>
    root.render(
      <LiveAnnouncer>
        <QaResultCard case={shown} reviewerId="rev-ana" />
      </LiveAnnouncer>,
    ),
  );
  expect(asked).toEqual([{ op: 'results', caseId: 'C-1' }]);
  const cards = container.querySelectorAll('[data-testid="qa-result"]');
  expect(cards).toHaveLength(1);
  expect(cards[0]?.textContent).toContain('QA: 75 of 100');
  expect(cards[0]?.textContent).toContain('QA-NOTE');
  expect(container.querySelector('[data-testid="live-polite"]')?.textContent).toBe(
    'QA result on your decision: 75 of 100, QA decided differently.',
  );
});

it('a dispute the case API refuses shows its reason; an accepted one replaces the button', async () => {
  let refuse = true;
  const asked = answerQa((request) => {
    if (request.op === 'results') return { ok: true, results: [result()] };
    if (refuse) return { ok: false, problem: 'bad-response', message: REVERSED };
    return {
      ok: true,
      result: result({
        dispute: {
          reason: 'Known scam',
          openedAt: '2026-12-07T12:00:00.000Z',
          outcome: null,
          settledBy: null,
          settleNote: null,
          settledAt: null,
        },
      }),
    };
  });
  await act(async () => root.render(<QaResultCard case={shown} reviewerId="rev-ana" />));
  await act(async () => button('Dispute this QA result')!.click());
  expect(button('Send dispute')?.disabled).toBe(true); // no reason yet
  await type(container.querySelector('textarea')!, 'Known scam');
  await act(async () => button('Send dispute')!.click());
  expect(asked.at(-1)).toEqual({
    op: 'dispute',
    decisionId: LIVE_ID,
    dispute: { reason: 'Known scam' },
  });
  expect(container.querySelector('[role="alert"]')?.textContent).toBe(
    `Dispute refused: ${REVERSED}`,
  );

  refuse = false;
  await act(async () => button('Send dispute')!.click());
  expect(container.querySelector('[data-testid="qa-dispute"]')?.textContent).toContain(
    'Disputed: “Known scam”. A lead will settle it.',
  );
  expect(button('Dispute this QA result')).toBeUndefined();
});

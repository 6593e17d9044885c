// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QaReview } from '../qa-review';
import { answerQa, LIVE_ID, QA_ID, recorded } from './fixtures';

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

const item = {
  decisionId: LIVE_ID,
  console: 'zendesk',
  caseId: 'C-1',
  reason: 'model-flagged' as const,
  sampledAt: '2026-12-07T10:00:00.000Z',
};
const scorecard = {
  version: 1,
  setBy: null,
  setAt: null,
  criteria: [{ id: 'right-action', label: 'Right action', weight: 1 }],
};

it('stays blind while the case API refuses the original: no original, no model rationale', async () => {
  answerQa(() => ({ ok: false, problem: 'bad-response', message: 'decide first', notYet: true }));
  await act(async () => root.render(<QaReview item={item} />));
  const banner = container.querySelector('[data-testid="qa-banner"]')?.textContent;
  // Why it was sampled would tell of the original decision: not before mine.
  expect(banner).not.toContain('the model disagreed with the decision');
  expect(banner).not.toContain('Model’s rationale');
  expect(banner).toContain('Decide the case yourself first');
  expect(container.querySelector('[data-testid="qa-original"]')).toBeNull();
  expect(container.querySelector('[role="alert"]')).toBeNull();
});

it('a case I decided before shows the original and the scorecard at once', async () => {
  const asked = answerQa((request) =>
    request.op === 'original'
      ? {
          ok: true,
          original: {
            original: recorded({ note: 'LIVE-NOTE' }),
            qaDecision: recorded({ id: QA_ID, mode: 'qa' }),
            modelRationale: 'The message threatens violence.',
          },
        }
      : { ok: true, scorecard },
  );
  await act(async () => root.render(<QaReview item={item} />));
  expect(asked.map((r) => r.op)).toEqual(['original', 'scorecard']);
  expect(container.querySelector('[data-testid="qa-original"]')?.textContent).toContain(
    'LIVE-NOTE',
  );
  expect(container.textContent).not.toContain('Decide the case yourself first');
  expect(container.querySelector('[data-testid="qa-banner"]')?.textContent).toContain(
    'the model disagreed with the decision',
  );
  expect(container.querySelector('[data-testid="qa-banner"]')?.textContent).toContain(
    'Model’s rationale: The message threatens violence.',
  );
});

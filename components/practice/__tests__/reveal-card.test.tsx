// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import type { Reveal } from '../../../utils/training/schema';
import { RevealCard } from '../reveal-card';
import type { RevealState } from '../use-reveal';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
afterEach(() => container?.remove());

function render(reveal: RevealState) {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<RevealCard reveal={reveal} pack={DEFAULT_GUIDANCE_PACK} />));
  return container;
}

const [first, second] = DEFAULT_GUIDANCE_PACK.actions;
const reveal = (action: string, disputed = false): Reveal => ({
  caseId: 'C-400001',
  setId: 'gs-1',
  setTitle: 'Week 1',
  answer: {
    expectedAction: first!.id,
    expectedPolicyIds: [],
    explanation: 'Look at the second message.',
    disputed,
  },
  attempt: {
    decisionId: '6f1c1c3e-6d0e-4a43-9a5a-0d1e0c4b8a11',
    setId: 'gs-1',
    caseId: 'C-400001',
    reviewerId: 'rev-ana',
    reviewerName: 'Ana',
    kind: 'practice',
    action,
    policyIds: [],
    decidedAt: '2026-11-27T10:00:00.000Z',
    receivedAt: '2026-11-27T10:00:01.000Z',
    handleTimeMs: 1000,
    first: true,
  },
});

it('shows nothing while blind, and a waiting note while the attempt is delivered', () => {
  expect(render({ state: 'blind' }).textContent).toBe('');
  expect(render({ state: 'delivering' }).textContent).toContain('once it reaches the case API');
});

it('puts the gold answer beside the attempt, by label, with the explanation', () => {
  const matched = render({ state: 'revealed', reveal: reveal(first!.id) });
  expect(matched.querySelector('[data-testid="gold-answer"]')?.getAttribute('data-match')).toBe(
    'yes',
  );
  expect(matched.textContent).toContain(`✓ You matched`);
  expect(matched.querySelector('[data-testid="gold-action"]')?.textContent).toContain(first!.label);
  expect(matched.textContent).toContain('Look at the second message.');

  const missed = render({ state: 'revealed', reveal: reveal(second!.id, true) });
  expect(missed.querySelector('[data-testid="gold-answer"]')?.getAttribute('data-match')).toBe(
    'no',
  );
  expect(missed.querySelector('[data-testid="your-action"]')?.textContent).toContain(second!.label);
  expect(missed.textContent).toContain('Experts disagree');
});

it('says why the answer cannot be shown', () => {
  expect(render({ state: 'failed', message: 'The case API answered 500' }).textContent).toContain(
    'The case API answered 500',
  );
});

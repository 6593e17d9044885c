// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { backtest } from '../../../utils/guidance/backtest';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { BacktestReport } from '../backtest-report';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(timeLimitMs: number): HTMLElement {
  const decisions = Array.from({ length: 6 }, (_, i) => ({
    id: `d-${i}`,
    decided: 'remove',
    scores: {},
    items: [{ id: 'm-1', text: 'send your seed phrase' }],
  }));
  let clock = 0;
  const result = backtest(decisions, DEFAULT_GUIDANCE_PACK, DEFAULT_GUIDANCE_PACK, {
    timeLimitMs,
    now: () => (clock += 1),
  });
  const container = document.createElement('div');
  const report = { result, fetched: 6, skipped: {}, casesRead: 6, casesUnread: 0 };
  act(() => createRoot(container).render(<BacktestReport report={report} label={String} />));
  return container;
}

it('says when the result is partial and how many decisions it left out', () => {
  const partial = render(60).querySelector('[data-testid="backtest-partial"]');
  expect(partial?.textContent).toMatch(/Partial result: .* (\d+) decisions not replayed/);
  const left = Number(/(\d+) decisions not replayed/.exec(partial!.textContent!)![1]);
  expect(left).toBeGreaterThan(0);
  expect(left).toBeLessThan(6);
  expect(render(1e9).querySelector('[data-testid="backtest-partial"]')).toBeNull();
});

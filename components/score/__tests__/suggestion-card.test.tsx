// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { loadRenderer } from '../../markdown/markdown';
import type { Assessment } from '../../../utils/assessment/schema';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import type { GuidancePack } from '../../../utils/guidance/schema';
import { fixHappyDomForDomPurify } from '../../markdown/__tests__/happy-dom-fixes';
import { SuggestionCard } from '../suggestion-card';

fixHappyDomForDomPurify();
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const hostileBody =
  '**Escalate** threats. <img src="https://evil.example/p.png" onerror="alert(1)">' +
  '[see](javascript:alert(1)) <script>alert(2)</script> [guide](https://help.example.com)';

const pack: GuidancePack = {
  ...DEFAULT_GUIDANCE_PACK,
  policies: DEFAULT_GUIDANCE_PACK.policies.map((p) =>
    p.id === 'threats' ? { ...p, body: hostileBody } : p,
  ),
};

const assessment = {
  suggestion: {
    actionId: 'escalate',
    policyIds: ['threats'],
    confidence: 0.9,
    rationale: 'A threat with a place and time',
    citations: [{ policyId: 'threats', quote: 'a credible threat' }],
    source: 'rules',
  },
  rulesSuggestion: null,
  llmSuggestion: null,
  disagreement: false,
  explanation: [],
} as unknown as Assessment;

let container: HTMLElement;
afterEach(() => container.remove());

it('shows the cited policy as sanitized markdown', async () => {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<SuggestionCard assessment={assessment} pack={pack} />));

  // The policy is rendered when the citation is opened.
  expect(container.querySelector('[data-testid="citation-policy"]')).toBeNull();
  const details = container.querySelector('details')!;
  await act(async () => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  // The renderer (marked, DOMPurify) loads with the first policy shown.
  await act(() => loadRenderer());
  const policy = container.querySelector('[data-testid="citation-policy"]');
  expect(policy?.querySelector('strong')?.textContent).toBe('Escalate');
  expect(policy?.querySelectorAll('img, script')).toHaveLength(0);
  expect(policy?.innerHTML).not.toMatch(/onerror|javascript:|evil\.example/);
  const link = policy?.querySelector('a[href]');
  expect(link?.getAttribute('href')).toBe('https://help.example.com');
  expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  await act(async () => root.unmount());
});

// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Assessment } from '../../../utils/assessment/schema';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import type { GuidancePack } from '../../../utils/guidance/schema';
import { fixHappyDomForDomPurify } from '../../markdown/__tests__/happy-dom-fixes';
import { loadRenderer } from '../../markdown/markdown';
import { GuidanceSnippets } from '../guidance-snippets';
import { useReassessOnGuidance } from '../use-reassess-on-guidance';

fixHappyDomForDomPurify();
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const hostile =
  '**Escalate** threats. <img src="https://evil.example/p.png"> [see](javascript:alert(1)) <script>alert(2)</script>';
const pack: GuidancePack = {
  ...DEFAULT_GUIDANCE_PACK,
  policies: DEFAULT_GUIDANCE_PACK.policies.map((p) =>
    p.id === 'threats' ? { ...p, body: hostile } : p,
  ),
};
const assessment = {
  categories: { 'harassment/threatening': { score: 0.74, itemIds: [] } },
  suggestion: {
    actionId: 'escalate',
    policyIds: ['threats'],
    confidence: 0.9,
    rationale: '',
    citations: [{ policyId: 'threats', quote: '' }],
    source: 'rules',
  },
} as unknown as Assessment;

let container: HTMLElement;
let root: Root;
let asked: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  // The fake answers only through sendResponse, from a listener that returns true.
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    asked.push(message);
    sendResponse({ ok: true });
    return true;
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

it('shows the cited policy, sanitized, with why it is shown', async () => {
  await act(async () => root.render(<GuidanceSnippets pack={pack} assessment={assessment} />));
  // The renderer (marked, DOMPurify) loads with the first policy shown.
  await act(() => loadRenderer());
  const snippet = container.querySelector('[data-testid="guidance-snippet"]')!;
  expect(snippet.textContent).toContain('Threats of violence');
  expect(snippet.textContent).toContain('Cited by the suggestion · harassment/threatening 74%');
  expect(snippet.querySelector('strong')?.textContent).toBe('Escalate');
  expect(snippet.innerHTML).not.toMatch(/<img|<script|javascript:/);
});

it('searches titles, text and signals of the installed pack', async () => {
  await act(async () => root.render(<GuidanceSnippets pack={pack} assessment={null} />));
  const input = container.querySelector('input[type="search"]') as HTMLInputElement;
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, 'guaranteed returns');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const results = container.querySelector('[data-testid="guidance-search-results"]');
  expect(results?.textContent).toContain('Spam, scams and phishing');
  expect(results?.textContent).toContain('keyword “guaranteed returns”');
});

function Probe(props: { assessed?: number; installed?: number; at: number }) {
  useReassessOnGuidance(7, props.at, props.assessed, props.installed);
  return null;
}

const wait = () => new Promise((resolve) => setTimeout(resolve, 20));

it('asks for a new assessment once when guidance changes under an open case', async () => {
  await act(async () => root.render(<Probe assessed={1} installed={1} at={100} />));
  await act(wait);
  expect(asked).toEqual([]);
  await act(async () => root.render(<Probe assessed={1} installed={2} at={100} />));
  await act(async () => root.render(<Probe assessed={1} installed={2} at={100} />));
  await act(wait);
  expect(asked).toEqual([{ type: 'case:assess', tabId: 7 }]);
  await act(async () => root.render(<Probe assessed={2} installed={2} at={100} />));
  await act(wait);
  expect(asked).toHaveLength(1);
});

// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { fixHappyDomForDomPurify } from '../../markdown/__tests__/happy-dom-fixes';
import { GuidanceEditorApp } from '../guidance-editor-app';

fixHappyDomForDomPurify();
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const reviewer = { id: 'rev-ana', name: 'Ana Reviewer', role: 'reviewer' };
const summary = {
  version: 1,
  publisherId: 'caselight',
  publisher: 'Caselight default guidance',
  publishedAt: '2026-11-01T00:00:00Z',
  signed: false,
  baseVersion: null,
};
const ANSWERS: Record<string, unknown> = {
  'guidance:me': { ok: true, me: reviewer, baseUrl: 'http://127.0.0.1:4317/api' },
  'guidance:load': { ok: true, pack: DEFAULT_GUIDANCE_PACK, summary },
};

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  fakeBrowser.reset();
  // The fake answers only through sendResponse, from a listener that returns true.
  fakeBrowser.runtime.onMessage.addListener(
    (message: { type: string }, _sender, sendResponse: (answer: unknown) => void) => {
      sendResponse(ANSWERS[message.type] ?? { refused: 'not in this test' });
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

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 400)));

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

it('says plainly that a reviewer token cannot publish, and keeps Publish off', async () => {
  await act(async () => root.render(<GuidanceEditorApp />));
  await settle();
  expect(byTestId('editor-identity')?.textContent).toContain('Ana Reviewer (reviewer)');
  expect(byTestId('not-a-lead')?.textContent).toContain('not a policy lead or admin');
  const publish = [...container.querySelectorAll('button')].find((b) =>
    b.textContent?.startsWith('Publish version'),
  );
  expect(publish?.disabled).toBe(true);
});

it('validates as the lead types and shows the problem beside the field', async () => {
  await act(async () => root.render(<GuidanceEditorApp />));
  await settle();
  expect(byTestId('validation')?.textContent).toContain('No problems found');
  const row = container.querySelector(
    '[data-testid="policy-category"][data-category="harassment"]',
  )!;
  const threshold = row.querySelector('input[inputmode="decimal"]') as HTMLInputElement;
  await act(async () => type(threshold, '1.5'));
  await settle();
  expect(row.querySelector('[data-testid="field-error"]')?.textContent).toMatch(/1/);
  expect(threshold.getAttribute('aria-invalid')).toBe('true');
  expect(byTestId('validation')?.textContent).toContain('policies.0.thresholds.harassment');
  await act(async () => type(threshold, '0.85'));
  await settle();
  expect(row.querySelector('[data-testid="field-error"]')).toBeNull();
  expect(byTestId('editing-from')?.textContent).toContain('unpublished changes');
});

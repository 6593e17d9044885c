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

const lead = { id: 'lead-lu', name: 'Lu Lead', role: 'policy-lead' };
const summary = {
  version: 1,
  publisherId: 'caselight',
  publisher: 'Caselight default guidance',
  publishedAt: '2026-11-01T00:00:00Z',
  signed: false,
  baseVersion: null,
};
const published: unknown[] = [];

let container: HTMLElement;
let root: Root;
beforeEach(async () => {
  fakeBrowser.reset();
  published.length = 0;
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const asked = message as { type: string; pack?: unknown };
    if (asked.type === 'guidance:publish') published.push(asked.pack);
    const answers: Record<string, unknown> = {
      'guidance:me': { ok: true, me: lead, baseUrl: 'http://127.0.0.1:4317/api' },
      'guidance:load': { ok: true, pack: DEFAULT_GUIDANCE_PACK, summary },
      'guidance:panels': { ok: true, currentVersion: 1, panels: [] },
    };
    (sendResponse as (answer: unknown) => void)(
      answers[asked.type] ?? { refused: 'not in this test' },
    );
    return true;
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<GuidanceEditorApp />));
  await settle();
  await act(async () => tab('Reviewer wellness').click());
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 400)));
const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);
const tab = (name: string) =>
  [...container.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
    t.textContent?.startsWith(name),
  )!;
const button = (text: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text))!;
/** The input, select or textarea whose label reads `text`, and the error shown under it. */
function field(text: string) {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  if (!label) throw new Error(`No field labelled ${text}`);
  const input = container.querySelector<HTMLInputElement>(`[id="${label.htmlFor}"]`)!;
  const error = () => label.parentElement?.querySelector('[data-testid="field-error"]');
  return { input, error };
}
const checkbox = (text: string) =>
  [...container.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith(text))!
    .querySelector('input')!;

function type(input: HTMLElement, value: string) {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(select: HTMLElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

it('shows the defaults in force for a pack without a wellness policy, as fields', () => {
  expect(byTestId('wellness-defaults')).not.toBeNull();
  expect(field('Filter the media of').input.value).toBe('always');
  expect(field('Break length (minutes)').input.value).toBe('15');
  expect(checkbox('Share per-person figures').checked).toBe(false);
  // The high-severity categories are always counted: shown, not editable.
  const always = byTestId('exposure-categories')!.querySelectorAll('input:disabled:checked');
  expect(always.length).toBe(5);
});

it('names a bad exposure number beside its field and in the summary, until fixed', async () => {
  const breakLength = field('Break length (minutes)');
  await act(async () => type(breakLength.input, '200'));
  await settle();
  expect(breakLength.error()?.textContent).toBe('Whole minutes from 1 to 120.');
  expect(breakLength.input.getAttribute('aria-invalid')).toBe('true');
  expect(tab('Reviewer wellness').textContent).toContain('1 to fix');
  await act(async () => type(breakLength.input, ''));
  await settle();
  expect(breakLength.error()?.textContent).toBe('Whole minutes from 1 to 120.');
  await act(async () => type(breakLength.input, '20'));
  await settle();
  expect(breakLength.error()).toBeNull();
  expect(byTestId('validation')?.textContent).toContain('No problems found');
});

it('a threshold mode needs a threshold; the lighter-queue suggestion cannot precede the break', async () => {
  await act(async () => choose(field('Filter the media of').input, 'threshold'));
  await settle();
  expect(byTestId('wellness-thresholds')?.textContent).toContain('no case is filtered');
  await act(async () => type(field('violence/graphic').input, '0.6'));
  const lighterAfter = field('Suggest a lighter queue after (minutes)');
  await act(async () => type(lighterAfter.input, '30'));
  await settle();
  expect(byTestId('wellness-thresholds')?.textContent).not.toContain('no case is filtered');
  expect(lighterAfter.error()?.textContent).toContain('at least 60 minutes');
});

it('a lighter queue needs an http(s) address; the valid policy is what gets published', async () => {
  await act(async () => button('Add lighter queue').click());
  await act(async () => type(field('Queue name').input, 'Spam'));
  const url = field('Console address (http or https)');
  await act(async () => type(url.input, 'javascript:alert(1)'));
  await settle();
  expect(url.error()?.textContent).toContain('http(s) address');
  await act(async () => type(url.input, 'https://console.test/queues/spam'));
  await act(async () =>
    type(field('Offered from (one queue per line; empty: every queue)').input, 'Graphic\n'),
  );
  await act(async () => checkbox('Share per-person figures').click());
  await act(async () => checkbox('Reviewers may drop the blur').click());
  await act(async () => type(field('Masked terms (one per line)').input, 'gore\nx'));
  await settle();
  expect(field('Masked terms (one per line)').error()?.textContent).toBe(
    'Line 2: A term of 2 to 60 characters.',
  );
  await act(async () => type(field('Masked terms (one per line)').input, 'gore\nbehead'));
  await settle();
  expect(byTestId('publish-changes')?.textContent).toContain('per-person figures shared');
  await act(async () => button('Publish version 2').click());
  await settle();
  const wellness = (published[0] as typeof DEFAULT_GUIDANCE_PACK).wellness;
  expect(wellness?.exposure.lighterQueues).toEqual([
    { label: 'Spam', url: 'https://console.test/queues/spam', from: ['Graphic'] },
  ]);
  expect(wellness?.exposure.sharePerPerson).toBe(true);
  expect(wellness?.reviewerMay.dropBlur).toBe(true);
  expect(wellness?.maskTerms).toEqual(['gore', 'behead']);
});

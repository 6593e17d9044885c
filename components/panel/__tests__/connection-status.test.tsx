// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ApiStatus, ModelStatus } from '../../../utils/status/schema';
import { ApiStatusLine, ModelStatusLine } from '../connection-status';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const base = { baseUrl: 'http://cases.test/api', checkedAt: '2026-11-27T10:00:00.000Z' };
let container: HTMLElement;
let root: Root;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

const whatToDo = () => container.querySelector('[data-testid="what-to-do"]')?.textContent ?? '';

it.each([
  ['unreachable', 'wait in the outbox'],
  ['unauthorized', 'valid sign-in token'],
  ['not-configured', 'Set the case API address'],
  ['bad-response', 'points at your team’s case API'],
] as const)('a case API that is %s says what to do about it', async (state, advice) => {
  const status: ApiStatus = { ...base, state, message: 'What happened.' };
  await act(async () => root.render(<ApiStatusLine status={status} />));
  expect(container.textContent).toContain('What happened.');
  expect(whatToDo()).toContain(advice);
});

it('a working connection needs no advice; the options page does not link to itself', async () => {
  const me = { id: 'u1', name: 'Ana', role: 'reviewer' as const };
  const ok = { ...base, state: 'ok', service: 'caselight', version: '1', me } as ApiStatus;
  await act(async () => root.render(<ApiStatusLine status={ok} />));
  expect(whatToDo()).toBe('');

  const down: ApiStatus = { ...base, state: 'unreachable', message: 'Down.' };
  await act(async () => root.render(<ApiStatusLine status={down} offerOptions={false} />));
  expect(whatToDo()).not.toBe('');
  expect(container.querySelector('button')).toBeNull();
});

it('a model problem shows the check’s own advice, and a button opens the options', async () => {
  const open = vi.fn<() => Promise<void>>(async () => undefined);
  fakeBrowser.runtime.openOptionsPage = open;
  const status: ModelStatus = {
    ...base,
    state: 'unauthorized',
    kind: 'unauthorized',
    message: 'The model provider refused the API key (401).',
    whatToDo: 'Create a new key at your provider and paste it in options.',
  };
  await act(async () => root.render(<ModelStatusLine status={status} />));
  expect(whatToDo()).toContain('Create a new key');
  await act(async () => container.querySelector('button')!.click());
  expect(open).toHaveBeenCalledOnce();
});

it('a working model connection with a warning says so on the same line', async () => {
  const status: ModelStatus = {
    ...base,
    state: 'ok',
    provider: 'openai-compatible',
    models: ['omni-moderation-latest'],
    warnings: [
      {
        kind: 'model-not-found',
        message: 'The policy model gpt-5-mini is not served here.',
        whatToDo: 'Pick a model the server lists, or set the policy model to never.',
      },
    ],
  };
  await act(async () => root.render(<ModelStatusLine status={status} />));
  expect(whatToDo()).toContain('gpt-5-mini is not served here');
  expect(whatToDo()).toContain('Pick a model');
});

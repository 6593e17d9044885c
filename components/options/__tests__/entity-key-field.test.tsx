// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EntityKeyField } from '../entity-key-field';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const POLICY_KEY = 'northwind-policy-entity-key';
let container: HTMLElement;
let root: Root;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function show() {
  await act(async () => {
    root.render(
      <EntityKeyField edit={{ saved: false, mode: 'keep', value: '' }} onChange={() => {}} />,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

it('is locked, without showing the key, when the administrator set it by policy', async () => {
  await fakeBrowser.storage.managed.set({ entityKey: POLICY_KEY });
  await show();
  const locked = container.querySelector('[data-testid="entity-key-locked"]');
  expect(locked?.textContent).toContain('Set by your administrator (policy)');
  expect(container.querySelector('input')).toBeNull();
  expect(container.textContent).not.toContain(POLICY_KEY);
});

it('is an ordinary secret field without a policy', async () => {
  await show();
  expect(container.querySelector('[data-testid="entity-key-locked"]')).toBeNull();
  expect(container.querySelector('input')).not.toBeNull();
});

// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK as v1 } from '../../../utils/guidance/default-pack';
import { diffPacks } from '../../../utils/guidance/diff';
import { guidanceSyncStorage, guidanceUpdateStorage } from '../../../utils/guidance/sync-store';
import { GuidanceBanner } from '../guidance-banner';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let asked: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  fakeBrowser.runtime.onMessage.addListener((message) => {
    asked.push(message);
    return Promise.resolve({ state: 'ok', version: 1, checkedAt: new Date().toISOString() });
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const render = async () => {
  await act(async () => root.render(<GuidanceBanner />));
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
};
const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

it('asks the background for a check as soon as it is shown', async () => {
  await render();
  expect(asked).toEqual([{ type: 'guidance:sync-now', maxAgeMs: 15_000 }]);
  expect(container.textContent).toBe('');
});

it('announces an update, shows the readable diff on demand, and can be dismissed', async () => {
  const v2 = structuredClone(v1);
  v2.version = 2;
  v2.policies[0]!.thresholds.harassment = 0.8;
  v2.policies[0]!.body = v2.policies[0]!.body.replace('suspend', 'suspend for 7 days');
  await guidanceUpdateStorage.setValue({
    from: 1,
    to: 2,
    changes: diffPacks(v1, v2),
    moreChanges: 0,
    at: '2026-11-27T10:00:00Z',
    dismissed: false,
  });
  await render();
  expect(byTestId('guidance-updated')?.textContent).toContain('Guidance updated: v1 → v2');
  expect(byTestId('guidance-diff')).toBeNull();

  const toggle = [...container.querySelectorAll('button')].find(
    (b) => b.textContent === 'What changed',
  )!;
  await act(async () => toggle.click());
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(byTestId('guidance-diff')?.textContent).toContain(
    'Harassment and bullying: harassment threshold 0.60 → 0.80; text changed',
  );
  expect(container.querySelector('ins')?.textContent).toBe('for 7 days');

  const dismiss = container.querySelector('[aria-label="Dismiss guidance update"]') as HTMLElement;
  await act(async () => dismiss.click());
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  expect(byTestId('guidance-updated')).toBeNull();
  expect((await guidanceUpdateStorage.getValue())?.dismissed).toBe(true);
});

it('says what was refused and why, as text, and which version stays in force', async () => {
  await guidanceSyncStorage.setValue({
    state: 'refused',
    version: 3,
    checkedAt: '2026-11-27T10:00:00Z',
    refusal: {
      reason: 'bad-signature',
      message: 'The signature on version 4 does not match the pinned key. <b>x</b>',
      offeredVersion: 4,
      publicKey: 'k',
      at: '2026-11-27T10:00:00Z',
    },
  });
  await render();
  const line = byTestId('guidance-refused');
  expect(line?.textContent).toBe(
    'Guidance update to v4 refused: The signature on version 4 does not match the pinned key. <b>x</b> (still using v3)',
  );
  expect(line?.querySelector('b')).toBeNull();
});

it('mentions a check that could not be made, quietly', async () => {
  await guidanceSyncStorage.setValue({
    state: 'unreachable',
    version: 3,
    checkedAt: '2026-11-27T10:00:00Z',
    message: 'The case API cannot be reached.',
  });
  await render();
  expect(byTestId('guidance-unchecked')?.textContent).toBe(
    'Guidance not checked: The case API cannot be reached. (using v3)',
  );
  expect(byTestId('guidance-refused')).toBeNull();
});

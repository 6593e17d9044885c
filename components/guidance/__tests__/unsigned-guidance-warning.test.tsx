// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { clearStoredSettingsForTests, saveSettings } from '../../../utils/settings/storage';
import { UnsignedGuidanceWarning } from '../unsigned-guidance-warning';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Any 32 bytes in base64 pass as a key here: pinning is what is checked, not signatures.
const KEY = `${'A'.repeat(43)}=`;
const WARNING =
  "Guidance packs are installed without a signature check: pin the publisher's key in Options to refuse forged packs.";

let container: HTMLElement;
let root: Root;
beforeEach(async () => {
  fakeBrowser.reset();
  // Settings live in IndexedDB, which fakeBrowser.reset() does not clear.
  await clearStoredSettingsForTests();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
/** Settings and policy are read asynchronously (IndexedDB, managed storage): slow under load. */
const eventually = (check: () => void) =>
  vi.waitFor(
    async () => {
      await settle();
      check();
    },
    { timeout: 5_000 },
  );
const warning = () => container.querySelector('[data-testid="unsigned-guidance-warning"]');

it('warns while no key is pinned, and goes away once one is saved in Options', async () => {
  act(() => root.render(<UnsignedGuidanceWarning where="guidance" />));
  await eventually(() => expect(warning()?.textContent).toBe(WARNING));

  await act(() =>
    saveSettings({
      ...DEFAULT_SETTINGS,
      guidance: { ...DEFAULT_SETTINGS.guidance, publicKey: KEY },
    }),
  );
  await eventually(() => expect(warning()).toBeNull());
});

it('says nothing when an administrator pinned the key by policy, even arriving later', async () => {
  act(() => root.render(<UnsignedGuidanceWarning where="options" />));
  await eventually(() => expect(warning()?.textContent).toContain(WARNING));
  await act(() => fakeBrowser.storage.managed.set({ guidancePublicKey: KEY }));
  await eventually(() => expect(warning()).toBeNull());
});

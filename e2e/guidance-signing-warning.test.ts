import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';

/**
 * With no guidance key pinned, the background installs whatever pack the case API serves. A
 * policy lead is told so on the guidance editor and in Options, and the warning goes once the
 * publisher's key is pinned, on a page already open too.
 */

const WARNING =
  "Guidance packs are installed without a signature check: pin the publisher's key in Options to refuse forged packs.";
const KEY = `${'A'.repeat(43)}=`;

describe('guidance signing: the lead is warned until a key is pinned', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
  });
  afterAll(() => h.close());

  test('both pages warn, and the warning goes once the key is saved in Options', async () => {
    const editor = await h.context.newPage();
    await editor.goto(h.extensionUrl('guidance.html'));
    const editorWarning = editor.getByTestId('unsigned-guidance-warning');
    expect(await editorWarning.textContent({ timeout: 15_000 })).toBe(WARNING);

    const options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
    const optionsWarning = options.getByTestId('unsigned-guidance-warning');
    expect(await optionsWarning.textContent({ timeout: 15_000 })).toContain(WARNING);
    expect(await optionsWarning.isVisible()).toBe(true);

    await options.getByLabel('Guidance public key').fill(KEY);
    await options.getByRole('button', { name: 'Save and check' }).click();
    await options.getByRole('status').getByText('Saved.').waitFor();
    await optionsWarning.waitFor({ state: 'detached' });
    await editorWarning.waitFor({ state: 'detached' });
    expect(await editor.getByTestId('unsigned-guidance-warning').count()).toBe(0);
  });
});

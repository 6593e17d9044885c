import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import { ensureInstalledPack, guardInstalledPack, installPack } from '../ensure-installed';
import { installedPackStorage } from '../installed';

const v = (version: number) => ({ ...DEFAULT_GUIDANCE_PACK, version });
/** What a content script could write: a newer-looking pack with its own thresholds. */
const forged = { ...v(99), publisher: 'attacker' };

beforeEach(async () => {
  fakeBrowser.reset();
  await installPack(v(3));
});

test('scoring takes the pack the background installed, not what storage.local says', async () => {
  await installedPackStorage.setValue(forged);
  expect(await ensureInstalledPack()).toEqual(v(3));
  // …and the panels' copy is put back.
  expect(await installedPackStorage.getValue()).toEqual(v(3));
});

test('a pack written to the panels’ copy is replaced as soon as it lands', async () => {
  const stop = guardInstalledPack();
  await installedPackStorage.setValue(forged);
  await expect.poll(() => installedPackStorage.getValue()).toEqual(v(3));
  stop();
});

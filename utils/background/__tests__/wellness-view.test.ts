import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../guidance/default-pack';
import { installPack } from '../../guidance/ensure-installed';
import { installedPackStorage } from '../../guidance/installed';
import { wellnessPersonalStorage } from '../../wellness/personal-storage';
import { wellnessViewStorage } from '../../wellness/view-storage';
import { updateWellnessView } from '../wellness-view';

beforeEach(() => {
  fakeBrowser.reset();
});

test("the console pages' view follows the team policy and the reviewer's choices within it", async () => {
  await wellnessPersonalStorage.setValue({ mediaFilters: 'off', blur: false, greyscale: false });
  await installPack(DEFAULT_GUIDANCE_PACK);
  await updateWellnessView();
  expect(await wellnessViewStorage.getValue()).toEqual({
    mediaFilters: true,
    blur: true,
    greyscale: true,
  });

  const wellness = { reviewerMay: { dropGreyscale: true } };
  await installPack({ ...DEFAULT_GUIDANCE_PACK, wellness } as never);
  await updateWellnessView();
  expect(await wellnessViewStorage.getValue()).toEqual({
    mediaFilters: true,
    blur: true,
    greyscale: false,
  });
});

test('a stored personal value that does not parse counts as the team default', async () => {
  await wellnessPersonalStorage.setValue({ mediaFilters: 'nonsense' } as never);
  await updateWellnessView();
  expect((await wellnessViewStorage.getValue()).greyscale).toBe(true);
});

test('a looser policy written only to the copy a content script can reach is not followed', async () => {
  await installPack(DEFAULT_GUIDANCE_PACK);
  await wellnessPersonalStorage.setValue({ mediaFilters: 'off' });
  const wellness = { reviewerMay: { turnOff: true } };
  await installedPackStorage.setValue({ ...DEFAULT_GUIDANCE_PACK, wellness } as never);
  await updateWellnessView();
  expect((await wellnessViewStorage.getValue()).mediaFilters).toBe(true);
});

import { storage } from 'wxt/utils/storage';
import { DEFAULT_GUIDANCE_PACK } from './default-pack';
import { guidancePackSchema, type GuidancePack } from './schema';

/**
 * The guidance pack in force. Written only by the background, after validation; panels read
 * it as is (keeping zod off their startup path) and follow changes through storage events.
 * Until a team publishes its own (the guidance issue), this is the default pack.
 */
export const installedPackStorage = storage.defineItem<GuidancePack | null>('local:guidancePack', {
  fallback: null,
  version: 1,
});

/** Background: re-validates what is stored (it may predate an update) and installs a valid pack. */
export async function ensureInstalledPack(): Promise<GuidancePack> {
  const parsed = guidancePackSchema.safeParse(await installedPackStorage.getValue());
  if (parsed.success) return parsed.data;
  await installedPackStorage.setValue(DEFAULT_GUIDANCE_PACK);
  return DEFAULT_GUIDANCE_PACK;
}

import { DEFAULT_GUIDANCE_PACK } from './default-pack';
import { installedPackStorage } from './installed';
import { guidancePackSchema, type GuidancePack } from './schema';

/** Background: re-validates what is stored (it may predate an update) and installs a valid pack. */
export async function ensureInstalledPack(): Promise<GuidancePack> {
  const parsed = guidancePackSchema.safeParse(await installedPackStorage.getValue());
  if (parsed.success) return parsed.data;
  await installedPackStorage.setValue(DEFAULT_GUIDANCE_PACK);
  return DEFAULT_GUIDANCE_PACK;
}

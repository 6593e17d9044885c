import { createStore, get, set, type UseStore } from 'idb-keyval';
import { canonicalJson } from './canonical';
import { DEFAULT_GUIDANCE_PACK } from './default-pack';
import { installedPackStorage } from './installed';
import { guidancePackSchema, type GuidancePack } from './schema';

/**
 * The pack in force, as the background installed it, is kept in the extension origin's
 * IndexedDB. `storage.local` holds the copy the panels read and follow, and a content script
 * can write that copy: the background never takes the pack from there, and puts its own back
 * whenever the copy differs (`guardInstalledPack`).
 */
let store: UseStore | undefined;
const packStore = () => (store ??= createStore('caselight-guidance', 'pack'));
const KEY = 'installed';

/** Background: installs a validated pack, then the panels' copy. */
export async function installPack(pack: GuidancePack): Promise<void> {
  await set(KEY, pack, packStore());
  await installedPackStorage.setValue(pack);
}

/** Background: the pack in force, re-validated (it may predate an update). */
export async function ensureInstalledPack(): Promise<GuidancePack> {
  const trusted: unknown = await get(KEY, packStore());
  // Before version 2 the pack lived only in storage.local: taken from there once.
  const stored = trusted ?? (await installedPackStorage.getValue());
  const parsed = guidancePackSchema.safeParse(stored);
  const pack = parsed.success ? parsed.data : DEFAULT_GUIDANCE_PACK;
  if (trusted === undefined || !parsed.success) await set(KEY, pack, packStore());
  const copy = await installedPackStorage.getValue();
  if (canonicalJson(copy) !== canonicalJson(pack)) await installedPackStorage.setValue(pack);
  return pack;
}

/** Background: puts the pack in force back whenever another context changes the panels' copy. */
export function guardInstalledPack(): () => void {
  return installedPackStorage.watch(() => void ensureInstalledPack().catch(() => undefined));
}

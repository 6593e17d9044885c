import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, originPattern, settingsSchema } from './schema';
import { bindSecret, readSecretEntry } from './secrets';

/** Where version 1 kept the settings: WXT's `local:settings` item and its version record. */
export const LEGACY_SETTINGS_KEY = 'settings';
const LEGACY_META_KEY = 'settings$';

/**
 * Version 1 → 2: the settings move from `storage.local` to IndexedDB, once; afterwards nothing
 * reads `storage.local` for them, so a content script writing there changes nothing. The model
 * key saved before keys were bound to an origin is bound to the migrated model address, but
 * only where the browser already lets Caselight reach it (a host permission the reviewer
 * granted in Options, or one the extension ships with): an address a page slipped into
 * `storage.local` without either stays unbound, and scoring then asks to re-save it in Options.
 */
export async function migrateLegacySettings(): Promise<unknown> {
  const legacy = await browser.storage.local.get(LEGACY_SETTINGS_KEY);
  const parsed = settingsSchema.safeParse(legacy[LEGACY_SETTINGS_KEY] ?? {});
  const settings = parsed.success ? parsed.data : DEFAULT_SETTINGS;
  const { baseUrl } = settings.model;
  const key = await readSecretEntry('modelApiKey');
  if (key && !key.origin) {
    const permitted = await browser.permissions.contains({ origins: [originPattern(baseUrl)] });
    if (permitted) await bindSecret('modelApiKey', baseUrl);
  }
  return settings;
}

/** Run once the migrated value is stored: a context migrating at the same time then finds it. */
export async function removeLegacySettings(): Promise<void> {
  await browser.storage.local.remove([LEGACY_SETTINGS_KEY, LEGACY_META_KEY]);
}

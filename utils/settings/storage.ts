import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema';
import { migrateLegacySettings, removeLegacySettings } from './migrate-legacy';
import { applyManaged, keepOwnWhereManaged, readManagedSettings } from './managed-policy';

/**
 * Reviewer settings, in the extension origin's IndexedDB. They decide where the model key and
 * case text go and what is redacted, so they must be out of reach of content scripts, which can
 * write `storage.local` (where version 1 lived; `migrate-legacy.ts` moves it once).
 */
export const SETTINGS_VERSION = 2;

interface StoredSettings {
  version: number;
  value: unknown;
}

let store: UseStore | undefined;
const settingsStore = () => (store ??= createStore('caselight-settings', 'settings'));
const KEY = 'settings';

// Other extension contexts (options page → background) learn of a save through this channel;
// a content script runs with the page's origin, so it can neither post nor listen here.
const CHANNEL = 'caselight-settings';
interface SettingsChange {
  next: Settings;
  previous: Settings;
}

function parse(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

async function readStored(): Promise<StoredSettings> {
  const stored = await get<StoredSettings>(KEY, settingsStore());
  if (stored?.version === SETTINGS_VERSION) return stored;
  const value = await migrateLegacySettings();
  // `update` is one transaction: a save that landed meanwhile (options page) is kept.
  await update<StoredSettings>(
    KEY,
    (now) => now ?? { version: SETTINGS_VERSION, value },
    settingsStore(),
  );
  await removeLegacySettings();
  return (await get<StoredSettings>(KEY, settingsStore())) ?? { version: SETTINGS_VERSION, value };
}

/**
 * The settings in force: the stored ones (re-validated: an older or broken value falls back
 * to the defaults) under the administrator's managed values (`managed-policy.ts`).
 */
export async function readSettings(): Promise<Settings> {
  const [stored, managed] = await Promise.all([readStored(), readManagedSettings()]);
  return applyManaged(parse(stored.value), managed);
}

/** Saves; fields the policy manages keep the reviewer's own stored value underneath. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const [stored, managed] = await Promise.all([readStored(), readManagedSettings()]);
  const valid = settingsSchema.parse(next);
  const previous = applyManaged(parse(stored.value), managed);
  await set(
    KEY,
    {
      version: SETTINGS_VERSION,
      value: keepOwnWhereManaged(valid, parse(stored.value), managed),
    } satisfies StoredSettings,
    settingsStore(),
  );
  const channel = new BroadcastChannel(CHANNEL);
  // A BroadcastChannel reaches only its own origin; it takes no target origin.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  channel.postMessage({ next: valid, previous } satisfies SettingsChange);
  channel.close();
  return valid;
}

/** Calls back after every save, from any extension context; the returned function stops it. */
export function watchSettings(onChange: (next: Settings, previous: Settings) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  // Node (unit tests) would otherwise keep running for an open channel.
  (channel as { unref?: () => void }).unref?.();
  channel.addEventListener('message', (event: MessageEvent<SettingsChange>) =>
    onChange(parse(event.data.next), parse(event.data.previous)),
  );
  return () => channel.close();
}

/** For tests: forget the stored settings, as on a fresh install before any migration. */
export async function clearStoredSettingsForTests(): Promise<void> {
  await del(KEY, settingsStore());
}

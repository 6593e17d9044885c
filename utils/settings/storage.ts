import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema';

export const settingsStorage = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Stored values are re-validated: an older or tampered value falls back field by field. */
export async function readSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await settingsStorage.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(next);
  await settingsStorage.setValue(valid);
  return valid;
}

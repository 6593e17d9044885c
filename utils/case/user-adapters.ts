import { storage } from 'wxt/utils/storage';
import type { Adapter } from './adapter';
import type { DeclarativeAdapter } from './declarative/schema';
import { toAdapter } from './declarative/to-adapter';

/**
 * Adapters a policy lead built or imported. In `storage.local` because the content script
 * must read them at page load (they hold selectors, never secrets). Only extension pages write
 * them, after validating with `declarativeAdapterSchema`, so readers interpret them as they are.
 */
export interface StoredAdapter {
  definition: DeclarativeAdapter;
  enabled: boolean;
  savedAt: string;
}

export const userAdaptersStorage = storage.defineItem<StoredAdapter[]>('local:userAdapters', {
  fallback: [],
  version: 1,
});

export function toAdapters(stored: StoredAdapter[]): Adapter[] {
  return stored.filter((s) => s.enabled).map((s) => toAdapter(s.definition));
}

export async function readUserAdapters(): Promise<Adapter[]> {
  return toAdapters(await userAdaptersStorage.getValue());
}

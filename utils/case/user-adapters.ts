import type { Adapter } from './adapter';
import type { DeclarativeAdapter } from './declarative/schema';
import { toAdapter } from './declarative/to-adapter';
import { localItem } from '../storage/local-item';

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

/** Read by the content script at every console page load: see `localItem`. */
export const userAdaptersStorage = localItem<StoredAdapter[]>('userAdapters', []);

export function toAdapters(stored: StoredAdapter[]): Adapter[] {
  return stored.filter((s) => s.enabled).map((s) => toAdapter(s.definition));
}

export async function readUserAdapters(): Promise<Adapter[]> {
  return toAdapters(await userAdaptersStorage.getValue());
}

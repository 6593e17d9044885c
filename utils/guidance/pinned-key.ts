import { browser } from 'wxt/browser';
import type { Settings } from '../settings/schema';
import { PUBLIC_KEY_PATTERN } from './signature';

/**
 * The guidance public key in force. An administrator can pin it through managed storage
 * (Chrome enterprise policy, Firefox `policies.json` → `3rdparty`), described by
 * `public/managed-schema.json`; a managed key wins over the one typed in the options page, so a
 * reviewer cannot unpin it. Without a policy the options page's key (or none) applies.
 */

export const MANAGED_KEY_NAME = 'guidancePublicKey';

export interface PinnedKey {
  key: string;
  source: 'managed' | 'options' | 'none';
  /** A managed value that is not a key: refused rather than silently ignored. */
  managedProblem?: string;
}

async function readManaged(): Promise<unknown> {
  try {
    const items = await browser.storage.managed.get(MANAGED_KEY_NAME);
    return items[MANAGED_KEY_NAME];
  } catch {
    // No policy is installed (Firefox throws when there is no managed storage manifest).
    return undefined;
  }
}

/** The key an administrator pinned by policy, checked; undefined when there is no policy. */
export async function readManagedKey(): Promise<Omit<PinnedKey, 'source'> | undefined> {
  const managed = await readManaged();
  if (typeof managed !== 'string' || !managed.trim()) return undefined;
  const key = managed.trim();
  if (PUBLIC_KEY_PATTERN.test(key)) return { key };
  // A broken policy must not fall back to accepting unsigned guidance: the key stays pinned,
  // so every offer is refused (its import fails) and the reason is shown.
  const managedProblem = `The ${MANAGED_KEY_NAME} set by your administrator is not an Ed25519 public key (base64 of 32 bytes).`;
  return { key, managedProblem };
}

export async function readPinnedKey(settings: Settings): Promise<PinnedKey> {
  const managed = await readManagedKey();
  if (managed) return { ...managed, source: 'managed' };
  const typed = settings.guidance.publicKey.trim();
  return typed ? { key: typed, source: 'options' } : { key: '', source: 'none' };
}

/** Calls back when the administrator's policy changes (it can change while the browser runs). */
export function watchManagedKey(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' && MANAGED_KEY_NAME in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

import { createStore, del, get, set } from 'idb-keyval';
import { z } from 'zod';

/**
 * Secrets live in the extension origin's IndexedDB: unlike `storage.local`, content scripts
 * (which run inside the hostile page) cannot read it. Only the background and extension pages
 * touch this module.
 */
/**
 * `entityKey` is the team's key for hashing emails, phones and handles before they reach the
 * case API (investigations): the case API never holds it, so it cannot reverse those hashes.
 */
export type SecretName = 'caseApiToken' | 'modelApiKey' | 'entityKey';

const secretStore = () => createStore('caselight-secrets', 'secrets');

/**
 * A secret saved together with the origin the reviewer approved it for (the address shown when
 * it was saved): sent anywhere else, it is refused. Secrets saved before this binding are bare
 * strings, read as unbound.
 */
const boundSecretSchema = z.object({ value: z.string().min(1), origin: z.string().min(1) });
export interface SecretEntry {
  value: string;
  origin?: string;
}

export async function readSecretEntry(name: SecretName): Promise<SecretEntry | undefined> {
  const stored: unknown = await get(name, secretStore());
  if (typeof stored === 'string') return stored ? { value: stored } : undefined;
  const parsed = boundSecretSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export async function readSecret(name: SecretName): Promise<string | undefined> {
  return (await readSecretEntry(name))?.value;
}

/** Saves (or, empty, removes) a secret; with `forUrl`, bound to that address's origin. */
export async function writeSecret(name: SecretName, value: string, forUrl?: string): Promise<void> {
  const trimmed = value.trim();
  if (!trimmed) return del(name, secretStore());
  const stored = forUrl ? { value: trimmed, origin: new URL(forUrl).origin } : trimmed;
  await set(name, stored, secretStore());
}

/** Binds the saved secret, unchanged, to the origin of `url` (approved by a save in Options). */
export async function bindSecret(name: SecretName, url: string): Promise<void> {
  const entry = await readSecretEntry(name);
  if (entry) await writeSecret(name, entry.value, url);
}

/** Whether a secret is saved, without handing its value to the page that asks. */
export async function hasSecret(name: SecretName): Promise<boolean> {
  return (await readSecret(name)) !== undefined;
}

/** The origin a secret is bound to, for the options page; never its value. */
export async function secretOrigin(name: SecretName): Promise<string | undefined> {
  return (await readSecretEntry(name))?.origin;
}

export async function removeSecret(name: SecretName): Promise<void> {
  await del(name, secretStore());
}

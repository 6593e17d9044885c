import { createStore, del, get, set } from 'idb-keyval';

/**
 * Secrets live in the extension origin's IndexedDB: unlike `storage.local`, content scripts
 * (which run inside the hostile page) cannot read it. Only the background and extension pages
 * touch this module.
 */
export type SecretName = 'caseApiToken' | 'modelApiKey';

const secretStore = () => createStore('caselight-secrets', 'secrets');

export async function readSecret(name: SecretName): Promise<string | undefined> {
  const value: unknown = await get(name, secretStore());
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export async function writeSecret(name: SecretName, value: string): Promise<void> {
  const trimmed = value.trim();
  if (trimmed) await set(name, trimmed, secretStore());
  else await del(name, secretStore());
}

/** Whether a secret is saved, without handing its value to the page that asks. */
export async function hasSecret(name: SecretName): Promise<boolean> {
  return (await readSecret(name)) !== undefined;
}

export async function removeSecret(name: SecretName): Promise<void> {
  await del(name, secretStore());
}

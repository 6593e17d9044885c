import type { Page } from 'playwright-core';

type ChromeLocal = {
  chrome: { storage: { local: { set(items: object): Promise<void> } } };
};

/**
 * Installs the lead's `wellness` block as the background installs a pack: its own IndexedDB
 * copy, then the copy panels read. `page` must be an extension page.
 */
export function setWellnessPolicy(page: Page, wellness: object | undefined): Promise<void> {
  return page.evaluate(async (policy) => {
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.addEventListener('success', () => resolve(r.result));
        r.addEventListener('error', () => reject(r.error));
      });
    const db = await request(indexedDB.open('caselight-guidance'));
    const store = () => db.transaction('pack', 'readwrite').objectStore('pack');
    const pack = { ...(await request(store().get('installed'))), wellness: policy };
    await request(store().put(pack, 'installed'));
    db.close();
    await (globalThis as unknown as ChromeLocal).chrome.storage.local.set({ guidancePack: pack });
  }, wellness);
}

/** A `storage.local` value, read from an extension page. */
export function readLocal(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    const local = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    return (await local.get(k))[k];
  }, key);
}

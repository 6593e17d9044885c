import type { Frame, Page } from 'playwright-core';

/**
 * Changes what the extension origin's IndexedDB holds, bypassing the options page (as a bug or
 * a future writer might): `page` must be an extension page. What the background then does with
 * the saved key is what the tests look at.
 */
function updateRecord(
  page: Page | Frame,
  at: { db: string; store: string; key: string },
  change: { path: 'model.baseUrl' | 'origin'; value: string },
): Promise<void> {
  return page.evaluate(
    async ({ at, change }) => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const db = await request(indexedDB.open(at.db));
      const store = () => db.transaction(at.store, 'readwrite').objectStore(at.store);
      const stored = (await request(store().get(at.key))) as { value: { model: object } };
      const next =
        change.path === 'origin'
          ? { ...stored, origin: change.value }
          : {
              ...stored,
              value: {
                ...stored.value,
                model: { ...stored.value.model, baseUrl: change.value },
              },
            };
      await request(store().put(next, at.key));
      db.close();
    },
    { at, change },
  );
}

/** The model address, as if saved. */
export function setStoredModelBaseUrl(page: Page | Frame, baseUrl: string): Promise<void> {
  const at = { db: 'caselight-settings', store: 'settings', key: 'settings' };
  return updateRecord(page, at, { path: 'model.baseUrl', value: baseUrl });
}

/** The origin the saved model key is approved for, as if it had been saved for `url`. */
export function bindStoredModelKey(page: Page | Frame, url: string): Promise<void> {
  const at = { db: 'caselight-secrets', store: 'secrets', key: 'modelApiKey' };
  return updateRecord(page, at, { path: 'origin', value: new URL(url).origin });
}

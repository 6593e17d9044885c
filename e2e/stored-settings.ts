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
    async ({ where, edit }) => {
      // page.evaluate sends this function's source alone: its helpers must live inside it.
      // oxlint-disable-next-line unicorn/consistent-function-scoping
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.addEventListener('success', () => resolve(r.result));
          r.addEventListener('error', () => reject(r.error));
        });
      const db = await request(indexedDB.open(where.db));
      const store = () => db.transaction(where.store, 'readwrite').objectStore(where.store);
      const stored = (await request(store().get(where.key))) as { value: { model: object } };
      const next =
        edit.path === 'origin'
          ? { ...stored, origin: edit.value }
          : {
              ...stored,
              value: {
                ...stored.value,
                model: { ...stored.value.model, baseUrl: edit.value },
              },
            };
      await request(store().put(next, where.key));
      db.close();
    },
    { where: at, edit: change },
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

import type { Page } from 'puppeteer-core';

type BrowserLocal = {
  browser: {
    storage: {
      local: {
        set(items: object): Promise<void>;
        get(key: string): Promise<Record<string, unknown>>;
      };
    };
  };
};

/**
 * e2e/wellness-policy.ts for Firefox (`browser.*`): installs the lead's `wellness` block as
 * the background installs a pack, in its IndexedDB copy and then the copy panels read, and
 * optionally the reviewer's exposure count. `page` must be an extension page.
 */
export function setFirefoxWellness(
  page: Page,
  wellness: object | undefined,
  exposure?: object,
): Promise<void> {
  return page.evaluate(
    async (policy, tally) => {
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
      const local = (globalThis as unknown as BrowserLocal).browser.storage.local;
      await local.set(
        tally ? { guidancePack: pack, wellnessExposure: tally } : { guidancePack: pack },
      );
    },
    wellness,
    exposure,
  );
}

/** A `storage.local` value, read from an extension page. */
export function readFirefoxLocal(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    const local = (globalThis as unknown as BrowserLocal).browser.storage.local;
    return (await local.get(k))[k];
  }, key);
}

import { browser } from 'wxt/browser';

/** What panels and pages need of a stored value: read it, and follow every context's changes. */
export interface WatchedItem<T> {
  getValue(): Promise<T>;
  watch(onChange: (value: T) => void): () => void;
}

export interface LocalItem<T> extends WatchedItem<T> {
  setValue(value: T): Promise<void>;
}

let batch: { keys: Set<string>; stored: Promise<Record<string, unknown>> } | undefined;

/**
 * Reads asked for in the same turn go to the browser as one: the content script starts three at
 * once in the console's parse (layout, adapters, wellness view), and each round trip is a task
 * on the console's main thread.
 */
function readTogether(key: string): Promise<Record<string, unknown>> {
  if (!batch) {
    const keys = new Set<string>();
    const stored = Promise.resolve().then(() => {
      batch = undefined;
      return browser.storage.local.get([...keys]);
    });
    batch = { keys, stored };
  }
  batch.keys.add(key);
  return batch.stored;
}

/**
 * One `storage.local` key, straight on the browser's API. For the values the content script
 * reads at every console page load: WXT's storage layer is 9 KB of its 33 KB, and defining an
 * item there starts with a migration check, another round trip before the case can be read.
 * The key is the one WXT's `local:` items use, so values stored before stay where they were.
 * No versions: a value that needs a migration one day moves to a new key.
 */
export function localItem<T>(key: string, fallback: T): LocalItem<T> {
  return {
    async getValue() {
      const stored = await readTogether(key);
      return (stored[key] ?? fallback) as T;
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange((changes[key]?.newValue ?? fallback) as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

import { useEffect, useState } from 'react';

/** The latest value of a per-tab session item: watch first, then read, so no change is missed. */
export function useTabItem<T>(
  tabId: number | null,
  read: (tabId: number) => Promise<T | null>,
  watch: (tabId: number, onChange: (v: T | null) => void) => () => void,
): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let changed = false;
    const unwatch = watch(tabId, (next) => {
      changed = true;
      setValue(next);
    });
    void read(tabId).then((v) => !changed && setValue(v));
    return unwatch;
  }, [tabId, read, watch]);
  return value;
}

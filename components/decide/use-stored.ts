import { useEffect, useState } from 'react';
import type { WatchedItem } from '../../utils/storage/local-item';

/** The current value of a storage item, following changes made by any context. */
export function useStored<T>(item: WatchedItem<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let changed = false;
    const unwatch = item.watch((next) => {
      changed = true;
      setValue(next);
    });
    void item.getValue().then((initial) => !changed && setValue(initial));
    return unwatch;
  }, [item]);
  return value;
}

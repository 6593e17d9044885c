import { useEffect, useState } from 'react';
import { readPinnedKey, watchManagedKey, type PinnedKey } from '../../utils/guidance/pinned-key';
import { readSettings, watchSettings } from '../../utils/settings/storage';

/**
 * The guidance public key in force (policy first, then options), kept current: saving a key in
 * Options or an administrator's policy arriving updates every open page without a reload.
 * Undefined until first read.
 */
export function usePinnedKey(): PinnedKey | undefined {
  const [pinned, setPinned] = useState<PinnedKey>();
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void readSettings()
        .then(readPinnedKey)
        .then((next) => live && setPinned(next));
    refresh();
    const unwatchSettings = watchSettings(refresh);
    const unwatchManaged = watchManagedKey(refresh);
    return () => {
      live = false;
      unwatchSettings();
      unwatchManaged();
    };
  }, []);
  return pinned;
}

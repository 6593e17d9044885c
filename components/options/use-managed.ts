import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readManagedSettings, type ManagedSettings } from '../../utils/settings/managed-policy';

/** What the administrator's policy sets, re-read when the policy changes while the page is open. */
export function useManagedSettings(): ManagedSettings & { locked: ReadonlySet<string> } {
  const [managed, setManaged] = useState<ManagedSettings>({ values: {}, problems: [] });
  useEffect(() => {
    const load = () => void readManagedSettings().then(setManaged);
    load();
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return { ...managed, locked: new Set(Object.keys(managed.values)) };
}

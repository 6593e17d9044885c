import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readManagedEntityKey, type ManagedEntityKey } from '../../utils/investigations/entity-key';
import { SecretField, type SecretEdit } from './secret-field';

const LABEL = 'Team entity key (investigations)';

/**
 * The team's entity key: typed here, or set by the administrator's policy, in which case the
 * field is locked and the key (a secret) is not shown, only that the policy holds it.
 */
export function EntityKeyField(props: { edit: SecretEdit; onChange: (edit: SecretEdit) => void }) {
  const managed = useManagedEntityKey();
  if (!managed) return <SecretField label={LABEL} noun="key" {...props} />;
  return (
    <div className="space-y-1" data-testid="entity-key-locked" data-locked>
      <p className="block text-sm font-medium">{LABEL}</p>
      <p className="text-xs text-zinc-600">
        Set by your administrator (policy); it cannot be changed here.
      </p>
      {managed.problem && (
        <p role="alert" className="text-xs text-red-700">
          {managed.problem}
        </p>
      )}
    </div>
  );
}

function useManagedEntityKey() {
  const [managed, setManaged] = useState<ManagedEntityKey>();
  useEffect(() => {
    const load = () => void readManagedEntityKey().then(setManaged);
    load();
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return managed;
}

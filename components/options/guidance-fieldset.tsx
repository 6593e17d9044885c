import type { Settings } from '../../utils/settings/schema';
import { useEffect, useState } from 'react';
import { readManagedKey, type PinnedKey } from '../../utils/guidance/pinned-key';
import { UnsignedGuidanceWarning } from '../guidance/unsigned-guidance-warning';
import { Field, NumberField } from './field';
import { errorFor, type FieldError } from './field-errors';

/** How often panels check for new guidance, and the team's pinned signing key. */
export function GuidanceFieldset(props: {
  value: Settings['guidance'];
  onChange: (value: Settings['guidance']) => void;
  errors?: FieldError[];
}) {
  const { value, onChange, errors } = props;
  const managed = useManagedKey();
  return (
    <fieldset className="space-y-3">
      <legend className="font-semibold">Guidance</legend>
      <UnsignedGuidanceWarning where="options" />
      <NumberField
        label="Guidance check interval (seconds)"
        hint="How often panels ask the case API for new guidance (5–3600; 30 keeps every panel under a minute behind)."
        value={value.syncIntervalSeconds}
        error={errorFor(errors, 'guidance.syncIntervalSeconds')}
        onChange={(syncIntervalSeconds) => onChange({ ...value, syncIntervalSeconds })}
      />
      {managed && (
        <p data-testid="managed-key" className="rounded bg-zinc-100 p-2 text-xs text-zinc-700">
          Pinned by your administrator (policy): <code className="break-all">{managed.key}</code>.
          Guidance not signed with its private key is refused; the key below is not used.
          {managed.managedProblem && (
            <span className="block text-red-700">{managed.managedProblem}</span>
          )}
        </p>
      )}
      <Field
        label="Guidance public key"
        hint="Your team's Ed25519 public key (base64). When set, guidance not signed with its private key is refused. Empty: unsigned guidance is accepted."
        value={value.publicKey}
        error={errorFor(errors, 'guidance.publicKey')}
        onChange={(publicKey) => onChange({ ...value, publicKey })}
      />
    </fieldset>
  );
}

function useManagedKey() {
  const [managed, setManaged] = useState<Omit<PinnedKey, 'source'>>();
  useEffect(() => {
    void readManagedKey().then(setManaged);
  }, []);
  return managed;
}

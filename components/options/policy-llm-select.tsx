import { useId } from 'react';
import type { Settings } from '../../utils/settings/schema';

type PolicyLlmMode = Settings['model']['policyLlm'];

const MODES: { value: PolicyLlmMode; label: string }[] = [
  { value: 'always', label: 'Always' },
  { value: 'when-uncertain', label: 'When the rules are uncertain' },
  { value: 'never', label: 'Never' },
];

export function PolicyLlmSelect(props: {
  value: PolicyLlmMode;
  onChange: (value: PolicyLlmMode) => void;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        Policy model reads the case
      </label>
      <select
        id={id}
        value={props.value}
        onChange={(e) =>
          props.onChange(MODES.find((m) => m.value === e.target.value)?.value ?? 'when-uncertain')
        }
        className="w-full rounded border border-zinc-300 px-2 py-1 text-sm"
      >
        {MODES.map((m) => (
          <option key={m.value} value={m.value}>
            {m.label}
          </option>
        ))}
      </select>
      <p className="text-xs text-zinc-500">
        “When uncertain” asks it only when scores fall between the rules’ bounds, to save cost.
      </p>
    </div>
  );
}

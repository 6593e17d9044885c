import type { RedactionSettings } from '../../utils/redaction/settings';

const KINDS: { key: Exclude<keyof RedactionSettings, 'enabled'>; label: string }[] = [
  { key: 'emails', label: 'Email addresses' },
  { key: 'phones', label: 'Phone numbers' },
  { key: 'cards', label: 'Card numbers (Luhn-checked)' },
  { key: 'ibans', label: 'IBANs' },
  { key: 'ips', label: 'IP addresses' },
  { key: 'governmentIds', label: 'US SSNs and national ids (UK NINO, Spanish DNI/NIE, Aadhaar)' },
  { key: 'links', label: 'Link paths and profile links (the site stays visible)' },
  { key: 'macs', label: 'MAC addresses' },
  { key: 'wallets', label: 'Crypto wallet addresses (checksum-checked)' },
  {
    key: 'names',
    label: 'Other people named in the text ("my neighbour Tom Baker", "Ingrid Solberg")',
  },
  { key: 'addresses', label: 'Postal addresses and UK postcodes' },
  { key: 'parties', label: "The case's reporter and reported party (ids, handles, names)" },
];

/** Per-type redaction: on by default; a team turns a type off knowingly, so say what it costs. */
export function RedactionFieldset(props: {
  value: RedactionSettings;
  onChange: (value: RedactionSettings) => void;
}) {
  const { value, onChange } = props;
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">Personal data redaction</legend>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => onChange({ ...value, enabled: e.target.checked })}
        />
        Replace personal data with placeholders before case text is sent to a model
      </label>
      <div className="space-y-1 pl-6">
        {KINDS.map(({ key, label }) => (
          <label
            key={key}
            className={`flex items-center gap-2 text-sm ${value.enabled ? '' : 'text-zinc-400'}`}
          >
            <input
              type="checkbox"
              checked={value[key]}
              disabled={!value.enabled}
              onChange={(e) => onChange({ ...value, [key]: e.target.checked })}
            />
            {label}
          </label>
        ))}
      </div>
      {!value.enabled && (
        <p role="note" className="text-xs text-amber-800">
          Off: case text, names and contact details go to the model provider as they are.
        </p>
      )}
    </fieldset>
  );
}

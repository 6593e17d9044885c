import { useId, useState } from 'react';

export interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  hint?: string;
  /** The schema's message for this field, shown under it and announced with it. */
  error?: string;
  inputMode?: 'decimal' | 'numeric';
  /** Set by the administrator's policy: shown, not editable, and said so. */
  locked?: boolean;
}

export function Field(props: FieldProps) {
  const id = useId();
  const describedBy = [
    props.hint && `${id}-hint`,
    props.locked && `${id}-locked`,
    props.error && `${id}-error`,
  ].filter(Boolean);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
      </label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        inputMode={props.inputMode}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy.length ? describedBy.join(' ') : undefined}
        readOnly={props.locked}
        data-locked={props.locked ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        className={`w-full rounded border px-2 py-1 font-mono text-sm ${
          props.error ? 'border-red-500' : 'border-zinc-300'
        }`}
      />
      {props.hint && (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {props.hint}
        </p>
      )}
      {props.locked && (
        <p id={`${id}-locked`} className="text-xs text-zinc-600">
          🔒 Set by your administrator (policy).
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {props.error}
        </p>
      )}
    </div>
  );
}

/**
 * A number typed as text: the draft is kept as typed ("0." or "") and the schema, not the
 * input, decides what is valid; an unreadable draft reaches it as NaN and is named there.
 */
const parse = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function NumberField(
  props: Omit<FieldProps, 'value' | 'onChange'> & { value: number; onChange: (n: number) => void },
) {
  const [draft, setDraft] = useState(String(props.value));
  // The draft while it still means the value; an outside change (a reload) shows the value.
  const shown = Object.is(parse(draft), props.value) ? draft : String(props.value);
  return (
    <Field
      {...props}
      inputMode="decimal"
      value={shown}
      onChange={(text) => {
        setDraft(text);
        props.onChange(parse(text));
      }}
    />
  );
}

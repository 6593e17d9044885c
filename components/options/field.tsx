import { useId } from 'react';

export function Field(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
      </label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
        className="w-full rounded border border-zinc-300 px-2 py-1 font-mono text-sm"
      />
      {props.hint && <p className="text-xs text-zinc-500">{props.hint}</p>}
    </div>
  );
}

import { useId, useState, type ReactNode } from 'react';

/**
 * Compact labelled inputs for the guidance editor. Each shows its validation message under
 * it, tied to the input with `aria-describedby` and `aria-invalid`, so a lead (or a screen
 * reader) finds the problem where it is rather than in a list at the bottom.
 */

export interface Common {
  label: string;
  error?: string;
  hint?: string;
  /** Kept for assistive technology when the label is not shown (tables). */
  hideLabel?: boolean;
  className?: string;
}

export function Labeled(
  props: Common & { children: (id: string, describedBy?: string) => ReactNode },
) {
  const id = useId();
  const ids = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean);
  return (
    <div className={`space-y-0.5 ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'sr-only' : 'block text-xs font-medium'}>
        {props.label}
      </label>
      {props.children(id, ids.length ? ids.join(' ') : undefined)}
      {props.hint && (
        <p id={`${id}-hint`} className="text-[11px] text-zinc-500">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} data-testid="field-error" className="text-[11px] text-red-700">
          {props.error}
        </p>
      )}
    </div>
  );
}

export const box = (error?: string) =>
  `w-full rounded border px-1.5 py-1 text-sm ${error ? 'border-red-500' : 'border-zinc-300'}`;

export function TextInput(
  props: Common & { value: string; onChange: (v: string) => void; mono?: boolean },
) {
  return (
    <Labeled {...props}>
      {(id, describedBy) => (
        <input
          id={id}
          value={props.value}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => props.onChange(e.target.value)}
          className={`${box(props.error)} ${props.mono ? 'font-mono' : ''}`}
        />
      )}
    </Labeled>
  );
}

export function TextArea(
  props: Common & { value: string; onChange: (v: string) => void; rows?: number },
) {
  return (
    <Labeled {...props}>
      {(id, describedBy) => (
        <textarea
          id={id}
          value={props.value}
          rows={props.rows ?? 4}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => props.onChange(e.target.value)}
          className={`${box(props.error)} font-mono`}
        />
      )}
    </Labeled>
  );
}

const shown = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '' : String(n));

/**
 * A number kept as typed ("0." or ""): empty is "none", and text that is not a number reaches
 * the pack as NaN so validation names it beside this field instead of silently keeping the old value.
 */
export function NumberInput(
  props: Common & { value: number | undefined; onChange: (n: number | undefined) => void },
) {
  const [text, setText] = useState(shown(props.value));
  const [seen, setSeen] = useState(props.value);
  if (!Object.is(seen, props.value)) {
    // Follow a change from outside (a reload) without clobbering what is being typed.
    setSeen(props.value);
    if (Number(text) !== props.value && !Number.isNaN(props.value)) setText(shown(props.value));
  }
  return (
    <Labeled {...props}>
      {(id, describedBy) => (
        <input
          id={id}
          value={text}
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            const trimmed = e.target.value.trim();
            props.onChange(trimmed === '' ? undefined : Number(trimmed));
          }}
          className={`${box(props.error)} font-mono`}
        />
      )}
    </Labeled>
  );
}

import { Labeled, box, type Common } from './editor-inputs';

/** Choices for the guidance editor: a select that keeps unknown ids visible, and a checkbox. */

export function Select(
  props: Common & {
    value: string;
    options: readonly { value: string; label: string }[];
    onChange: (v: string) => void;
  },
) {
  // A value the options do not list (an unknown id) stays visible so its error makes sense.
  const options = props.options.some((o) => o.value === props.value)
    ? props.options
    : [...props.options, { value: props.value, label: `${props.value} (unknown)` }];
  return (
    <Labeled {...props}>
      {(id, describedBy) => (
        <select
          id={id}
          value={props.value}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => props.onChange(e.target.value)}
          className={box(props.error)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Labeled>
  );
}

export function Checkbox(props: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-1.5 text-xs">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  );
}

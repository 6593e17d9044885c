import { useState } from 'react';
import type { PackIssue } from '../../utils/guidance/validate';
import { TextArea, type Common } from './editor-inputs';

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A list edited as one entry per line. The text is kept as typed (a new empty line stays while
 * the next entry is written); the list it means goes to the pack, `undefined` when empty.
 */
export function LinesInput(
  props: Common & {
    value: readonly string[] | undefined;
    onChange: (lines: string[] | undefined) => void;
    rows?: number;
  },
) {
  const [text, setText] = useState((props.value ?? []).join('\n'));
  const [seen, setSeen] = useState(props.value);
  if (seen !== props.value) {
    // Follow a change from outside (a reload) without clobbering what is being typed.
    setSeen(props.value);
    if (linesOf(text).join('\n') !== (props.value ?? []).join('\n'))
      setText((props.value ?? []).join('\n'));
  }
  return (
    <TextArea
      {...props}
      rows={props.rows ?? 3}
      value={text}
      onChange={(next) => {
        setText(next);
        const lines = linesOf(next);
        props.onChange(lines.length > 0 ? lines : undefined);
      }}
    />
  );
}

/** The messages for a list field and its entries, each entry's named by its line. */
export function lineIssues(issues: readonly PackIssue[], path: string): string | undefined {
  const found = issues.flatMap((issue) => {
    if (issue.path === path) return [issue.message];
    const rest = issue.path.startsWith(`${path}.`) ? issue.path.slice(path.length + 1) : undefined;
    const line = rest === undefined ? Number.NaN : Number(rest.split('.')[0]);
    return Number.isInteger(line) ? [`Line ${line + 1}: ${issue.message}`] : [];
  });
  return found.length > 0 ? found.join(' ') : undefined;
}

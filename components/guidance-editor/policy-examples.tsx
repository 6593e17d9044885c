import type { GuidancePolicy } from '../../utils/guidance/schema';
import type { PackIssue } from '../../utils/guidance/validate';
import { issueAt, removeAt, replaceAt } from './draft-edits';
import { Select } from './editor-choices';
import { TextArea, TextInput } from './editor-inputs';

type Example = GuidancePolicy['examples'][number];

/** Worked examples: a message, the action it gets, and why. */
export function PolicyExamples(props: {
  examples: Example[];
  actions: { value: string; label: string }[];
  path: string;
  issues: readonly PackIssue[];
  onChange: (examples: Example[]) => void;
}) {
  const { examples, path, issues, onChange } = props;
  const at = (i: number, field: string) => issueAt(issues, `${path}.${i}.${field}`);
  return (
    <fieldset className="space-y-2">
      <legend className="text-xs font-medium">Examples</legend>
      {examples.map((example, i) => {
        const set = (patch: Partial<Example>) =>
          onChange(replaceAt(examples, i, { ...example, ...patch }));
        return (
          <div key={i} data-testid="policy-example" className="space-y-1 rounded bg-zinc-50 p-2">
            <TextArea
              label={`Example ${i + 1} text`}
              rows={2}
              value={example.text}
              error={at(i, 'text')}
              onChange={(text) => set({ text })}
            />
            <div className="flex items-end gap-2">
              <Select
                label="Action"
                className="w-48"
                value={example.action}
                options={props.actions}
                error={at(i, 'action')}
                onChange={(action) => set({ action })}
              />
              <TextInput
                label="Note"
                className="flex-1"
                value={example.note ?? ''}
                error={at(i, 'note')}
                onChange={(note) => {
                  const { note: _old, ...rest } = example;
                  onChange(replaceAt(examples, i, note ? { ...rest, note } : rest));
                }}
              />
              <button
                type="button"
                className="pb-1 text-xs text-red-700 underline"
                onClick={() => onChange(removeAt(examples, i))}
              >
                Remove example
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="text-xs text-indigo-700 underline"
        onClick={() =>
          onChange([...examples, { text: '', action: props.actions[0]?.value ?? 'no-action' }])
        }
      >
        Add example
      </button>
      {issueAt(issues, path) && <p className="text-[11px] text-red-700">{issueAt(issues, path)}</p>}
    </fieldset>
  );
}

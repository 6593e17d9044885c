import type { PackIssue } from '../../utils/guidance/validate';
import type { LighterQueue } from '../../utils/wellness/exposure-policy';
import { issueAt, removeAt, replaceAt } from './draft-edits';
import { TextInput } from './editor-inputs';
import { LinesInput, lineIssues } from './lines-input';

/**
 * The queues the exposure suggestion can switch a reviewer to, each opened at its console
 * address; one listed for chosen queues is offered from those, one without from every queue.
 */
export function LighterQueuesFields(props: {
  queues: readonly LighterQueue[];
  issues: readonly PackIssue[];
  onChange: (queues: LighterQueue[]) => void;
}) {
  const { queues, issues, onChange } = props;
  return (
    <div className="space-y-2">
      <p className="text-xs font-medium">Lighter queues to switch to</p>
      {queues.map((queue, i) => {
        const path = `wellness.exposure.lighterQueues.${i}`;
        const set = (patch: Partial<LighterQueue>) =>
          onChange(replaceAt(queues, i, { ...queue, ...patch }));
        return (
          <div
            key={i}
            data-testid="lighter-queue-row"
            className="grid grid-cols-[10rem_1fr_12rem_auto] items-start gap-2 rounded border border-zinc-200 p-2"
          >
            <TextInput
              label="Queue name"
              value={queue.label}
              error={issueAt(issues, `${path}.label`)}
              onChange={(label) => set({ label })}
            />
            <TextInput
              label="Console address (http or https)"
              mono
              value={queue.url}
              error={issueAt(issues, `${path}.url`)}
              onChange={(url) => set({ url })}
            />
            <LinesInput
              label="Offered from (one queue per line; empty: every queue)"
              rows={2}
              value={queue.from}
              error={lineIssues(issues, `${path}.from`)}
              onChange={(from) => set({ from })}
            />
            <button
              type="button"
              className="pt-5 text-xs text-red-700 underline"
              onClick={() => onChange(removeAt(queues, i))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="text-xs text-indigo-700 underline"
        onClick={() => onChange([...queues, { label: '', url: 'https://' }])}
      >
        Add lighter queue
      </button>
    </div>
  );
}

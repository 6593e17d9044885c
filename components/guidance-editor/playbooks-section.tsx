import type { GuidancePack, Playbook } from '../../utils/guidance/schema';
import type { PackIssue } from '../../utils/guidance/validate';
import { freshId, issueAt, moveAt, removeAt, replaceAt } from './draft-edits';
import { Checkbox, Select } from './editor-choices';
import { TextInput } from './editor-inputs';

/** Checklists a reviewer works through when they choose an escalating action. */
export function PlaybooksSection(props: {
  pack: GuidancePack;
  issues: readonly PackIssue[];
  onChange: (playbooks: GuidancePack['playbooks']) => void;
}) {
  const { pack, issues, onChange } = props;
  const playbooks = pack.playbooks;
  const escalating = pack.actions
    .filter((a) => a.escalates)
    .map((a) => ({ value: a.id, label: a.label }));
  return (
    <div className="space-y-3">
      {playbooks.map((playbook, b) => {
        const path = `playbooks.${b}`;
        const set = (patch: Partial<Playbook>) =>
          onChange(replaceAt(playbooks, b, { ...playbook, ...patch }));
        const setSteps = (steps: string[]) => set({ steps });
        return (
          <div
            key={b}
            data-testid="playbook"
            className="space-y-2 rounded border border-zinc-200 p-2"
          >
            <div className="grid grid-cols-[10rem_1fr_14rem] gap-2">
              <TextInput
                label="Playbook id"
                mono
                value={playbook.id}
                error={issueAt(issues, `${path}.id`)}
                onChange={(id) => set({ id })}
              />
              <TextInput
                label="Title"
                value={playbook.title}
                error={issueAt(issues, `${path}.title`)}
                onChange={(title) => set({ title })}
              />
              <Select
                label="Shown for action"
                value={playbook.actionId}
                options={escalating}
                error={issueAt(issues, `${path}.actionId`)}
                onChange={(actionId) => set({ actionId })}
              />
            </div>
            <Checkbox
              label="Required: the decision cannot be submitted until every step is ticked"
              checked={playbook.required}
              onChange={(required) => set({ required })}
            />
            <ol className="list-decimal space-y-1 pl-5">
              {playbook.steps.map((step, s) => (
                <li key={s}>
                  <div className="flex items-start gap-2">
                    <TextInput
                      label={`Step ${s + 1}`}
                      hideLabel
                      className="flex-1"
                      value={step}
                      error={issueAt(issues, `${path}.steps.${s}`)}
                      onChange={(text) => setSteps(replaceAt(playbook.steps, s, text))}
                    />
                    <button
                      type="button"
                      aria-label={`Move step ${s + 1} up`}
                      className="text-xs"
                      onClick={() => setSteps(moveAt(playbook.steps, s, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="text-xs text-red-700 underline"
                      onClick={() => setSteps(removeAt(playbook.steps, s))}
                    >
                      Remove step
                    </button>
                  </div>
                </li>
              ))}
            </ol>
            {issueAt(issues, `${path}.steps`) && (
              <p className="text-[11px] text-red-700">{issueAt(issues, `${path}.steps`)}</p>
            )}
            <div className="flex gap-3 text-xs">
              <button
                type="button"
                className="text-indigo-700 underline"
                onClick={() => setSteps([...playbook.steps, ''])}
              >
                Add step
              </button>
              <button
                type="button"
                className="text-red-700 underline"
                onClick={() => onChange(removeAt(playbooks, b))}
              >
                Remove playbook
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="text-xs text-indigo-700 underline"
        onClick={() =>
          onChange([
            ...playbooks,
            {
              id: freshId(playbooks, 'new-playbook'),
              actionId: escalating[0]?.value ?? pack.actions[0]!.id,
              title: 'New playbook',
              steps: [''],
              required: false,
            },
          ])
        }
      >
        Add playbook
      </button>
    </div>
  );
}

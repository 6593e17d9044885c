import type { GuidanceAction, GuidancePack } from '../../utils/guidance/schema';
import type { PackIssue } from '../../utils/guidance/validate';
import { freshId, issueAt, moveAt, removeAt, replaceAt } from './draft-edits';
import { Checkbox, Select } from './editor-choices';
import { TextInput } from './editor-inputs';

const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'].map((s) => ({
  value: s,
  label: s,
}));

/**
 * The actions reviewers choose from, mildest first (the order breaks ties in severity, and
 * the panel lists them so). Hotkeys must not clash; validation says where they do.
 */
export function ActionsSection(props: {
  pack: GuidancePack;
  issues: readonly PackIssue[];
  onChange: (actions: GuidancePack['actions']) => void;
}) {
  const { pack, issues, onChange } = props;
  const actions = pack.actions;
  return (
    <div className="space-y-2">
      {actions.map((action, i) => {
        const at = (field: string) => issueAt(issues, `actions.${i}.${field}`);
        const set = (patch: Partial<GuidanceAction>) =>
          onChange(replaceAt(actions, i, { ...action, ...patch }));
        return (
          <div
            key={i}
            data-testid="action-row"
            className="grid grid-cols-[8rem_1fr_4rem_7rem_auto] items-start gap-2 rounded border border-zinc-200 p-2"
          >
            <TextInput
              label="Action id"
              mono
              value={action.id}
              error={at('id')}
              onChange={(id) => set({ id })}
            />
            <TextInput
              label="Label"
              value={action.label}
              error={at('label')}
              onChange={(label) => set({ label })}
            />
            <TextInput
              label="Hotkey"
              mono
              value={action.hotkey ?? ''}
              error={at('hotkey')}
              onChange={(hotkey) => {
                const { hotkey: _old, ...rest } = action;
                onChange(replaceAt(actions, i, hotkey ? { ...rest, hotkey } : rest));
              }}
            />
            <Select
              label="Severity"
              value={action.severity}
              options={SEVERITIES}
              error={at('severity')}
              onChange={(severity) => set({ severity: severity as GuidanceAction['severity'] })}
            />
            <div className="space-y-1 pt-4">
              <Checkbox
                label="Needs a note"
                checked={action.needsNote}
                onChange={(needsNote) => set({ needsNote })}
              />
              <Checkbox
                label="Escalates"
                checked={action.escalates}
                onChange={(escalates) => set({ escalates })}
              />
              <div className="flex gap-2 text-xs">
                <button
                  type="button"
                  aria-label={`Move ${action.label} up`}
                  onClick={() => onChange(moveAt(actions, i, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${action.label} down`}
                  onClick={() => onChange(moveAt(actions, i, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="text-red-700 underline"
                  onClick={() => onChange(removeAt(actions, i))}
                >
                  Remove
                </button>
              </div>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="text-xs text-indigo-700 underline"
        onClick={() =>
          onChange([
            ...actions,
            {
              id: freshId(actions, 'new-action'),
              label: 'New action',
              severity: 'low',
              needsNote: false,
              escalates: false,
            },
          ])
        }
      >
        Add action
      </button>
      {issueAt(issues, 'actions') && (
        <p className="text-[11px] text-red-700">{issueAt(issues, 'actions')}</p>
      )}
    </div>
  );
}

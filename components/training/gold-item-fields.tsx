import type { GuidancePack } from '../../utils/guidance/schema';
import type { PathIssue } from '../../utils/training/issue-paths';
import { Checkbox, Select } from '../guidance-editor/editor-choices';
import { NumberInput, TextArea } from '../guidance-editor/editor-inputs';
import type { GoldDraftItem } from './gold-draft';

const DIFFICULTIES = [
  { value: '', label: 'Not set' },
  { value: 'easy', label: 'Easy' },
  { value: 'medium', label: 'Medium' },
  { value: 'hard', label: 'Hard' },
];

/**
 * One gold case's answer. Its fields share labels with every other item's ("Expected
 * action"), so each item is a group named by its legend ("Gold case 2: C-104 — …").
 */
export function GoldItemFields(props: {
  index: number;
  item: GoldDraftItem;
  caption: string;
  pack: GuidancePack;
  issues: readonly PathIssue[];
  onChange: (item: GoldDraftItem) => void;
  onRemove: () => void;
}) {
  const { item, pack, index } = props;
  const at = `items[${index}]`;
  const error = (field: string) =>
    props.issues
      .filter((i) => i.path === `${at}.${field}`)
      .map((i) => i.message)
      .join('; ') || undefined;
  const set = (patch: Partial<GoldDraftItem>) => props.onChange({ ...item, ...patch });
  const policyError = error('expectedPolicyIds');
  const actions = pack.actions.map((a) => ({
    value: a.id,
    label: a.escalates ? `${a.label} (escalates)` : a.label,
  }));
  return (
    <fieldset data-testid="gold-item" className="space-y-2 rounded border border-zinc-200 p-3">
      <legend className="px-1 text-sm font-semibold">
        Gold case {index + 1}: {props.caption}
      </legend>
      <div className="grid grid-cols-3 gap-3">
        <Select
          label="Expected action"
          value={item.expectedAction}
          options={actions}
          error={error('expectedAction')}
          onChange={(expectedAction) => set({ expectedAction })}
        />
        <Select
          label="Difficulty"
          value={item.difficulty ?? ''}
          options={DIFFICULTIES}
          onChange={(v) =>
            set({ difficulty: v === '' ? undefined : (v as GoldDraftItem['difficulty']) })
          }
        />
        <NumberInput
          label="Guidance version"
          hint="The guidance the answer was judged under."
          value={item.guidanceVersion}
          error={error('guidanceVersion')}
          onChange={(guidanceVersion) => set({ guidanceVersion })}
        />
      </div>
      <fieldset aria-describedby={policyError ? `${item.key}-policies` : undefined}>
        <legend className="text-xs font-medium">Expected policies</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {pack.policies.map((p) => (
            <Checkbox
              key={p.id}
              label={p.title}
              checked={item.expectedPolicyIds.includes(p.id)}
              onChange={(on) =>
                set({
                  expectedPolicyIds: on
                    ? [...item.expectedPolicyIds, p.id]
                    : item.expectedPolicyIds.filter((id) => id !== p.id),
                })
              }
            />
          ))}
        </div>
        {policyError && (
          <p
            id={`${item.key}-policies`}
            data-testid="field-error"
            className="text-[11px] text-red-700"
          >
            {policyError}
          </p>
        )}
      </fieldset>
      <TextArea
        label="Explanation"
        hint="Shown to the trainee after their attempt: why this is the answer."
        rows={2}
        value={item.explanation}
        error={error('explanation')}
        onChange={(explanation) => set({ explanation })}
      />
      <div className="flex items-center justify-between">
        <Checkbox
          label="Experts disagree: score apart"
          checked={item.disputed}
          onChange={(disputed) => set({ disputed })}
        />
        <button
          type="button"
          className="text-xs text-red-700 underline"
          aria-label={`Remove gold case ${index + 1}`}
          onClick={props.onRemove}
        >
          Remove
        </button>
      </div>
    </fieldset>
  );
}

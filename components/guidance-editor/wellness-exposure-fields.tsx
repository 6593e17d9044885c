import type { PackIssue } from '../../utils/guidance/validate';
import { MODERATION_CATEGORIES } from '../../utils/models/category-names';
import type { ExposurePolicy } from '../../utils/wellness/exposure-policy';
import { HIGH_SEVERITY_CATEGORIES } from '../../utils/wellness/exposure-severity';
import { issueAt } from './draft-edits';
import { Checkbox } from './editor-choices';
import { NumberInput, TextInput } from './editor-inputs';
import { LighterQueuesFields } from './wellness-lighter-queues';

type NumberField =
  | 'minScore'
  | 'suggestBreakAfterMinutes'
  | 'suggestLighterQueueAfterMinutes'
  | 'breakMinutes'
  | 'shiftGapHours';

const NUMBERS: [NumberField, string][] = [
  ['minScore', 'Score that makes a case high-severity (0–1)'],
  ['suggestBreakAfterMinutes', 'Suggest a break after (minutes this shift)'],
  ['suggestLighterQueueAfterMinutes', 'Suggest a lighter queue after (minutes)'],
  ['breakMinutes', 'Break length (minutes)'],
  ['shiftGapHours', 'A shift ends after (hours without such time)'],
];

/** The exposure limits: what counts, when the panel suggests a break or a lighter queue. */
export function WellnessExposureFields(props: {
  exposure: ExposurePolicy;
  issues: readonly PackIssue[];
  set: (exposure: ExposurePolicy) => void;
}) {
  const { exposure, issues } = props;
  const at = (field: string) => issueAt(issues, `wellness.exposure.${field}`);
  const set = (patch: Partial<ExposurePolicy>) => props.set({ ...exposure, ...patch });
  const count = (category: ExposurePolicy['categories'][number], on: boolean) =>
    set({
      categories: on
        ? [...exposure.categories, category]
        : exposure.categories.filter((c) => c !== category),
    });
  return (
    <fieldset className="space-y-2 rounded border border-zinc-200 p-3">
      <legend className="px-1 text-sm font-semibold">Exposure limits</legend>
      <p className="text-xs">
        High-severity categories (always counted, greyed) and those you add:
        {at('categories') && <span className="ml-1 text-red-700">{at('categories')}</span>}
      </p>
      <div data-testid="exposure-categories" className="grid grid-cols-3 gap-1">
        {MODERATION_CATEGORIES.map((category) => {
          const always = HIGH_SEVERITY_CATEGORIES.includes(category);
          return (
            <label key={category} className={`text-xs ${always ? 'text-zinc-400' : ''}`}>
              <input
                type="checkbox"
                className="mr-1"
                disabled={always}
                checked={always || exposure.categories.includes(category)}
                onChange={(e) => count(category, e.target.checked)}
              />
              {category}
            </label>
          );
        })}
      </div>
      <div className="grid grid-cols-3 gap-2">
        {NUMBERS.map(([field, label]) => (
          <NumberInput
            key={field}
            label={label}
            value={exposure[field]}
            error={at(field)}
            // Empty is not "the default": it is named beside the field until filled in.
            onChange={(value) => set({ [field]: value ?? Number.NaN })}
          />
        ))}
      </div>
      <TextInput
        label="Lighter queue to name when none below fits (optional)"
        value={exposure.lighterQueue ?? ''}
        error={at('lighterQueue')}
        onChange={(name) => set({ lighterQueue: name.trim() === '' ? undefined : name })}
      />
      <LighterQueuesFields
        queues={exposure.lighterQueues ?? []}
        issues={issues}
        onChange={(lighterQueues) =>
          set({ lighterQueues: lighterQueues.length > 0 ? lighterQueues : undefined })
        }
      />
      <Checkbox
        label="Share per-person figures with leads (off: leads see team totals only; reviewers are told either way in their options page)"
        checked={exposure.sharePerPerson}
        onChange={(sharePerPerson) => set({ sharePerPerson })}
      />
    </fieldset>
  );
}

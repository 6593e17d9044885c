import type { PackIssue } from '../../utils/guidance/validate';
import { MODERATION_CATEGORIES } from '../../utils/models/category-names';
import type { WellnessPolicy } from '../../utils/wellness/policy';
import { issueAt } from './draft-edits';
import { Checkbox, Select } from './editor-choices';
import { NumberInput } from './editor-inputs';
import { LinesInput, lineIssues } from './lines-input';

const MODES = [
  { value: 'always', label: 'Every case' },
  { value: 'threshold', label: 'Cases scoring over a threshold in chosen categories' },
  { value: 'queues', label: 'Cases in chosen queues' },
];

interface Props {
  wellness: WellnessPolicy;
  issues: readonly PackIssue[];
  set: (patch: Partial<WellnessPolicy>) => void;
}

/** Which cases get the media filters, how they look, and how far reviewers may loosen them. */
export function WellnessMediaFields({ wellness, issues, set }: Props) {
  const at = (field: string) => issueAt(issues, `wellness.${field}`);
  const may = wellness.reviewerMay;
  const allow = (patch: Partial<WellnessPolicy['reviewerMay']>) =>
    set({ reviewerMay: { ...may, ...patch } });
  const setThreshold = (category: string, value: number | undefined) => {
    const thresholds = { ...wellness.thresholds };
    if (value === undefined) delete thresholds[category];
    else thresholds[category] = value;
    set({ thresholds });
  };
  return (
    <fieldset className="space-y-2 rounded border border-zinc-200 p-3">
      <legend className="px-1 text-sm font-semibold">Media filters in the console</legend>
      <Select
        label="Filter the media of"
        value={wellness.media}
        options={MODES}
        error={at('media')}
        onChange={(media) => set({ media: media as WellnessPolicy['media'] })}
      />
      {wellness.media === 'threshold' && (
        <div data-testid="wellness-thresholds" className="grid grid-cols-3 gap-2">
          <p className="col-span-3 text-xs">
            Score (0–1) at which a category filters a case; empty: that category does not.
            {at('thresholds') && <span className="ml-1 text-red-700">{at('thresholds')}</span>}
          </p>
          {MODERATION_CATEGORIES.map((category) => (
            <NumberInput
              key={category}
              label={category}
              value={wellness.thresholds[category]}
              error={at(`thresholds.${category}`)}
              onChange={(value) => setThreshold(category, value)}
            />
          ))}
        </div>
      )}
      {wellness.media === 'queues' && (
        <LinesInput
          label="Queues filtered (one per line, as the console names them)"
          value={wellness.queues}
          error={lineIssues(issues, 'wellness.queues')}
          onChange={(queues) => set({ queues: queues ?? [] })}
        />
      )}
      <div className="flex gap-4">
        <Checkbox label="Blur" checked={wellness.blur} onChange={(blur) => set({ blur })} />
        <Checkbox
          label="Greyscale"
          checked={wellness.greyscale}
          onChange={(greyscale) => set({ greyscale })}
        />
      </div>
      <p className="text-xs">
        Reviewers can always make their own view stricter. Looser, only where you allow it:
      </p>
      <div className="flex flex-wrap gap-4">
        <Checkbox
          label="Reviewers may turn the filters off"
          checked={may.turnOff}
          onChange={(turnOff) => allow({ turnOff })}
        />
        <Checkbox
          label="Reviewers may drop the blur"
          checked={may.dropBlur}
          onChange={(dropBlur) => allow({ dropBlur })}
        />
        <Checkbox
          label="Reviewers may drop the greyscale"
          checked={may.dropGreyscale}
          onChange={(dropGreyscale) => allow({ dropGreyscale })}
        />
      </div>
    </fieldset>
  );
}

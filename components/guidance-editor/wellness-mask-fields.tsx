import type { PackIssue } from '../../utils/guidance/validate';
import type { WellnessPolicy } from '../../utils/wellness/policy';
import { Checkbox } from './editor-choices';
import { LinesInput, lineIssues } from './lines-input';

/** Masking of graphic terms in the text the panel shows: off unless the lead turns it on. */
export function WellnessMaskFields(props: {
  wellness: WellnessPolicy;
  issues: readonly PackIssue[];
  set: (patch: Partial<WellnessPolicy>) => void;
}) {
  const { wellness, issues, set } = props;
  return (
    <fieldset className="space-y-2 rounded border border-zinc-200 p-3">
      <legend className="px-1 text-sm font-semibold">Masking graphic terms in case text</legend>
      <div className="flex flex-wrap gap-4">
        <Checkbox
          label="Mask graphic terms (the panel reveals them one message at a time)"
          checked={wellness.maskText}
          onChange={(maskText) => set({ maskText })}
        />
        <Checkbox
          label="Reviewers may turn masking off"
          checked={wellness.reviewerMay.unmaskText}
          onChange={(unmaskText) => set({ reviewerMay: { ...wellness.reviewerMay, unmaskText } })}
        />
      </div>
      <LinesInput
        label="Masked terms (one per line)"
        hint="Plain words, matched at a word start ignoring case, never as patterns. Empty: the built-in list."
        value={wellness.maskTerms}
        error={lineIssues(issues, 'wellness.maskTerms')}
        onChange={(maskTerms) => set({ maskTerms })}
        rows={4}
      />
    </fieldset>
  );
}

import type { GuidancePack } from '../../utils/guidance/schema';
import type { PackIssue } from '../../utils/guidance/validate';
import { DEFAULT_POLICY, type WellnessPolicy } from '../../utils/wellness/policy';
import { WellnessExposureFields } from './wellness-exposure-fields';
import { WellnessMaskFields } from './wellness-mask-fields';
import { WellnessMediaFields } from './wellness-media-fields';

/**
 * The team's reviewer wellness policy as form fields: media filters and the bounds reviewers
 * may loosen them within, text masking, exposure limits and lighter queues. A pack without a
 * `wellness` block shows the defaults in force; the first edit writes the block.
 */
export function WellnessSection(props: {
  pack: GuidancePack;
  issues: readonly PackIssue[];
  onChange: (wellness: GuidancePack['wellness']) => void;
}) {
  const { pack, issues, onChange } = props;
  const wellness = pack.wellness ?? DEFAULT_POLICY;
  const set = (patch: Partial<WellnessPolicy>) => onChange({ ...wellness, ...patch });
  return (
    <div className="space-y-3">
      {!pack.wellness && (
        <p data-testid="wellness-defaults" className="text-xs text-zinc-600">
          This guidance sets no wellness policy: the defaults below apply until you change one.
        </p>
      )}
      <WellnessMediaFields wellness={wellness} issues={issues} set={set} />
      <WellnessMaskFields wellness={wellness} issues={issues} set={set} />
      <WellnessExposureFields
        exposure={wellness.exposure}
        issues={issues}
        set={(exposure) => set({ exposure })}
      />
    </div>
  );
}

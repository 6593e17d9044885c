import type { WellnessPersonal, WellnessPolicy } from '../../utils/wellness/policy';
import { HIGH_SEVERITY_CATEGORIES } from '../../utils/wellness/exposure-severity';

/** Text masking (the reviewer's choice within the team's bounds) and what exposure counting is. */
export function WellnessTextAndExposure({
  policy,
  personal,
  save,
}: {
  policy: WellnessPolicy;
  personal: WellnessPersonal;
  save: (change: Partial<WellnessPersonal>) => void;
}) {
  const mayUnmask = !policy.maskText || policy.reviewerMay.unmaskText;
  const value = personal.maskText === undefined ? 'team' : personal.maskText ? 'on' : 'off';
  const exposure = policy.exposure;
  const categories = [...new Set([...HIGH_SEVERITY_CATEGORIES, ...exposure.categories])];
  return (
    <>
      <label className="flex items-center gap-2 text-sm">
        Mask graphic words in case text (panel)
        <select
          data-testid="mask-text"
          value={value}
          onChange={(e) =>
            save({ maskText: e.target.value === 'team' ? undefined : e.target.value === 'on' })
          }
        >
          <option value="team">Team default ({policy.maskText ? 'on' : 'off'})</option>
          <option value="on">On</option>
          <option value="off">Off{mayUnmask ? '' : ' (not allowed by your team)'}</option>
        </select>
      </label>
      <p className="text-sm" data-testid="exposure-explained">
        The panel counts your time on high-severity cases ({categories.join(', ')} at{' '}
        {Math.round(exposure.minScore * 100)}% or more) while it shows such a case and is visible,
        per shift (a shift ends after {exposure.shiftGapHours} h without such time). After{' '}
        {exposure.suggestBreakAfterMinutes} minutes it suggests a {exposure.breakMinutes}-minute
        break; you can take one at any time from the panel. Your own count stays in this browser.
        Your team&apos;s case API receives only amounts added to your team&apos;s daily totals
        {exposure.sharePerPerson ? (
          <strong>
            {' '}
            and, because your team has turned this on, your own daily figures, which your leads can
            see
          </strong>
        ) : (
          '; leads see team totals, never your own figures'
        )}
        .
      </p>
    </>
  );
}

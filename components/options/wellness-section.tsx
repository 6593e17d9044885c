import { useEffect, useState } from 'react';
import { installedPackStorage } from '../../utils/guidance/installed';
import { WellnessTextAndExposure } from './wellness-exposure';
import { wellnessPersonalStorage } from '../../utils/wellness/personal-storage';
import { refusedChoices } from '../../utils/wellness/personal-bounds';
import {
  DEFAULT_POLICY,
  wellnessPolicySchema,
  type WellnessPersonal,
  type WellnessPolicy,
} from '../../utils/wellness/policy';

type Choice = 'team' | 'on' | 'off';
const toChoice = (value: boolean | undefined): Choice =>
  value === undefined ? 'team' : value ? 'on' : 'off';
const fromChoice = (choice: Choice) => (choice === 'team' ? undefined : choice === 'on');
const NOT_ALLOWED = ' (not allowed by your team)';

/**
 * The reviewer's own media filters, saved as they change. A choice looser than the team's
 * guidance allows is refused with the reason, and one saved before the lead tightened the
 * policy is marked as not in effect (the background applies the bounds either way).
 */
export function WellnessSection() {
  const [personal, setPersonal] = useState<WellnessPersonal>();
  const [policy, setPolicy] = useState<WellnessPolicy>(DEFAULT_POLICY);
  const [refusal, setRefusal] = useState<string>();
  useEffect(() => {
    void wellnessPersonalStorage.getValue().then(setPersonal);
    void installedPackStorage.getValue().then((pack) => {
      const parsed = wellnessPolicySchema.safeParse(pack?.wellness ?? {});
      if (parsed.success) setPolicy(parsed.data);
    });
  }, []);
  if (!personal) return null;
  const save = (change: Partial<WellnessPersonal>) => {
    const next = { ...personal, ...change };
    const refused = refusedChoices(policy, next);
    const reason = (Object.keys(change) as (keyof typeof refused)[]).map((k) => refused[k])[0];
    setRefusal(reason);
    if (reason) return;
    setPersonal(next);
    void wellnessPersonalStorage.setValue(next);
  };
  const stale = Object.values(refusedChoices(policy, personal));
  const filter = (key: 'blur' | 'greyscale', label: string, mayDrop: boolean) => (
    <label className="flex items-center gap-2 text-sm">
      {label}
      <select
        data-testid={`wellness-${key}`}
        value={toChoice(personal[key])}
        onChange={(e) => save({ [key]: fromChoice(e.target.value as Choice) })}
      >
        <option value="team">Team default ({policy[key] ? 'on' : 'off'})</option>
        <option value="on">On</option>
        <option value="off">Off{policy[key] && !mayDrop ? NOT_ALLOWED : ''}</option>
      </select>
    </label>
  );
  return (
    <section aria-labelledby="wellness-title" className="space-y-2">
      <h2 id="wellness-title" className="font-semibold">
        Reviewer wellness
      </h2>
      <p className="text-sm">
        Case media in the console is shown greyscale and blurred until you click it (or press
        Alt+Shift+U over it): the first reveal removes the blur, the second the greyscale. Videos
        and audio stay paused and muted until you start them. You can always make this stricter;
        looser only as far as your team allows.
      </p>
      <label className="flex items-center gap-2 text-sm">
        Media filters
        <select
          data-testid="wellness-media"
          value={personal.mediaFilters}
          onChange={(e) =>
            save({ mediaFilters: e.target.value as WellnessPersonal['mediaFilters'] })
          }
        >
          <option value="team">As my team sets them</option>
          <option value="always">On every case</option>
          <option value="off">Off{policy.reviewerMay.turnOff ? '' : NOT_ALLOWED}</option>
        </select>
      </label>
      {filter('blur', 'Blur', policy.reviewerMay.dropBlur)}
      {filter('greyscale', 'Greyscale', policy.reviewerMay.dropGreyscale)}
      <WellnessTextAndExposure policy={policy} personal={personal} save={save} />
      {refusal && (
        <p role="alert" data-testid="wellness-refused" className="text-sm text-red-700">
          Not saved: {refusal}
        </p>
      )}
      {stale.length > 0 && (
        <p data-testid="wellness-not-in-effect" className="text-sm text-amber-800">
          Not in effect (chosen before your team changed its policy): {stale.join(' ')}
        </p>
      )}
    </section>
  );
}

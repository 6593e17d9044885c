import { useEffect, useState } from 'react';
import { installedPackStorage } from '../../utils/guidance/installed';
import { WellnessTextAndExposure } from './wellness-exposure';
import { wellnessPersonalStorage } from '../../utils/wellness/personal-storage';
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

/**
 * The reviewer's own media filters, saved as they change. Looser choices the team's guidance
 * does not allow are offered disabled, so the reviewer sees the bound instead of a silent no.
 */
export function WellnessSection() {
  const [personal, setPersonal] = useState<WellnessPersonal>();
  const [policy, setPolicy] = useState<WellnessPolicy>(DEFAULT_POLICY);
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
    setPersonal(next);
    void wellnessPersonalStorage.setValue(next);
  };
  const may = policy.reviewerMay;
  const filter = (key: 'blur' | 'greyscale', label: string, mayDrop: boolean) => (
    <label className="flex items-center gap-2 text-sm">
      {label}
      <select
        value={toChoice(personal[key])}
        onChange={(e) => save({ [key]: fromChoice(e.target.value as Choice) })}
      >
        <option value="team">Team default ({policy[key] ? 'on' : 'off'})</option>
        <option value="on">On</option>
        <option value="off" disabled={policy[key] && !mayDrop}>
          Off{policy[key] && !mayDrop ? ' (not allowed by your team)' : ''}
        </option>
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
        and audio stay paused and muted until you start them.
      </p>
      <label className="flex items-center gap-2 text-sm">
        Media filters
        <select
          value={personal.mediaFilters}
          onChange={(e) =>
            save({ mediaFilters: e.target.value as WellnessPersonal['mediaFilters'] })
          }
        >
          <option value="team">As my team sets them</option>
          <option value="always">On every case</option>
          <option value="off" disabled={!may.turnOff}>
            Off{may.turnOff ? '' : ' (not allowed by your team)'}
          </option>
        </select>
      </label>
      {filter('blur', 'Blur', may.dropBlur)}
      {filter('greyscale', 'Greyscale', may.dropGreyscale)}
      <WellnessTextAndExposure policy={policy} personal={personal} save={save} />
    </section>
  );
}

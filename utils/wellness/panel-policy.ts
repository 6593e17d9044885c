import type { GuidancePack } from '../guidance/schema';
import type { ExposurePolicy } from './exposure-policy';
import type { WellnessPersonal, WellnessPolicy } from './policy';

/**
 * The team's wellness policy as panels read it: from the installed pack, which the background
 * validated with defaults filled in, so no zod on the panel's startup path. The defaults here
 * are the schema's own (a unit test holds them equal), for a pack without a `wellness` block.
 */
export const PANEL_EXPOSURE_DEFAULT: ExposurePolicy = {
  categories: [],
  minScore: 0.5,
  suggestBreakAfterMinutes: 60,
  suggestLighterQueueAfterMinutes: 120,
  breakMinutes: 15,
  shiftGapHours: 4,
  sharePerPerson: false,
};

export const PANEL_POLICY_DEFAULT: WellnessPolicy = {
  media: 'always',
  thresholds: {},
  queues: [],
  blur: true,
  greyscale: true,
  reviewerMay: { turnOff: false, dropBlur: false, dropGreyscale: false, unmaskText: false },
  maskText: false,
  exposure: PANEL_EXPOSURE_DEFAULT,
};

/** A pack installed by an older build may lack newer fields: those take the defaults. */
export function panelPolicy(pack: GuidancePack | null | undefined): WellnessPolicy {
  const team: Partial<WellnessPolicy> = pack?.wellness ?? {};
  return {
    ...PANEL_POLICY_DEFAULT,
    ...team,
    reviewerMay: { ...PANEL_POLICY_DEFAULT.reviewerMay, ...team.reviewerMay },
    exposure: { ...PANEL_EXPOSURE_DEFAULT, ...team.exposure },
  };
}

/** A reviewer's wish counts where it is stricter, or where the lead allows the looser one. */
export const choose = (team: boolean, wish: boolean | undefined, mayDrop: boolean) =>
  wish === undefined ? team : wish || (team && !mayDrop);

/** Whether the panel masks graphic terms: a reviewer may always turn it on. */
export const masksText = (policy: WellnessPolicy, personal: WellnessPersonal): boolean =>
  choose(policy.maskText, personal.maskText, policy.reviewerMay.unmaskText);

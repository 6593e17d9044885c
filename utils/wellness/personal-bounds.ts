import type { WellnessPersonal, WellnessPolicy } from './policy';

type Bounded = 'mediaFilters' | 'blur' | 'greyscale' | 'maskText';

/**
 * Why each of the reviewer's choices that loosens the team's policy beyond what the lead allows
 * is refused. Stricter choices are never refused. The background resolves the view with the
 * same bounds (`resolveWellnessView`, `masksText`); this is for saying so where one chooses.
 */
export function refusedChoices(
  policy: WellnessPolicy,
  personal: WellnessPersonal,
): Partial<Record<Bounded, string>> {
  const may = policy.reviewerMay;
  const refused: Partial<Record<Bounded, string>> = {};
  if (personal.mediaFilters === 'off' && !may.turnOff)
    refused.mediaFilters = 'Your team does not let reviewers turn the media filters off.';
  if (personal.blur === false && policy.blur && !may.dropBlur)
    refused.blur = 'Your team blurs case media and does not let reviewers drop the blur.';
  if (personal.greyscale === false && policy.greyscale && !may.dropGreyscale)
    refused.greyscale =
      'Your team shows case media in greyscale and does not let reviewers drop it.';
  if (personal.maskText === false && policy.maskText && !may.unmaskText)
    refused.maskText = 'Your team masks graphic terms and does not let reviewers turn that off.';
  return refused;
}

import { createContext, useContext, useMemo } from 'react';
import { installedPackStorage } from '../../utils/guidance/installed';
import { DEFAULT_MASK_TERMS } from '../../utils/wellness/mask-terms';
import { masksText, panelPolicy } from '../../utils/wellness/panel-policy';
import { wellnessPersonalStorage } from '../../utils/wellness/personal-storage';
import { useStored } from '../decide/use-stored';

/** The terms the panel masks in case text, or null when masking is off. */
export const MaskTermsContext = createContext<readonly string[] | null>(null);

export const useMaskTerms = () => useContext(MaskTermsContext);

/** Follows the lead's policy and the reviewer's own choice as either changes. */
export function useMaskTermsSetting(): readonly string[] | null {
  const pack = useStored(installedPackStorage);
  const personal = useStored(wellnessPersonalStorage);
  return useMemo(() => {
    const policy = panelPolicy(pack);
    if (!masksText(policy, personal ?? { mediaFilters: 'team' })) return null;
    return policy.maskTerms ?? DEFAULT_MASK_TERMS;
  }, [pack, personal]);
}

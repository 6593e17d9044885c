import { localItem } from '../storage/local-item';
import type { MediaLook } from './media-css';

/**
 * How this reviewer's console pages show case media: the lead's policy with the reviewer's own
 * choices applied (see `policy.ts`), stored by extension pages, read by the content script at
 * every console page load. It holds no secret, so `storage.local` (which that script can read).
 */
export interface WellnessView extends MediaLook {
  /** Off only where the lead lets reviewers turn the media filters off. */
  mediaFilters: boolean;
}

export const SAFE_VIEW: WellnessView = { mediaFilters: true, blur: true, greyscale: true };

export const wellnessViewStorage = localItem<WellnessView>('wellnessView', SAFE_VIEW);

/** The look the content script applies; a partial or odd stored value falls back to filtered. */
export function lookOf(view: Partial<WellnessView>): MediaLook {
  if (view.mediaFilters === false) return { blur: false, greyscale: false };
  return { blur: view.blur !== false, greyscale: view.greyscale !== false };
}

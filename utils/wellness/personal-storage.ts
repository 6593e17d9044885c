import { localItem } from '../storage/local-item';
import type { WellnessPersonal } from './policy';

/** The reviewer's own media filter choices (options page); the background resolves the view. */
export const wellnessPersonalStorage = localItem<WellnessPersonal>('wellnessPersonal', {
  mediaFilters: 'team',
});

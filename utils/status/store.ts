import { storage } from 'wxt/utils/storage';
import type { ApiStatus, ModelStatus } from './schema';

/**
 * The last connection checks, kept in session storage by the background so that a panel
 * opening on the next case shows them at once instead of "checking…", and every open panel
 * learns of a change whichever panel asked.
 */
export const apiStatusStorage = storage.defineItem<ApiStatus | null>('session:apiStatus', {
  fallback: null,
});
export const modelStatusStorage = storage.defineItem<ModelStatus | null>('session:modelStatus', {
  fallback: null,
});

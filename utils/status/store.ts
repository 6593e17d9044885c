import { storage } from 'wxt/utils/storage';
import type { Me } from '../case-api/schema';
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

/**
 * Who the reviewer was at the last successful check: decisions made while the case API is
 * down still carry their author, and wait in the outbox.
 */
export const lastReviewerStorage = storage.defineItem<Me | null>('session:lastReviewer', {
  fallback: null,
});

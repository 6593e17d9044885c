import { storage } from 'wxt/utils/storage';
import type { BuilderDraft } from './builder-draft';

/**
 * The adapter being built, kept across panel reloads and the switch between docked and side
 * panel: picking twenty fields is work a lead must not lose to a closed panel.
 */
export const adapterDraftStorage = storage.defineItem<BuilderDraft | null>('local:adapterDraft', {
  fallback: null,
  version: 1,
});

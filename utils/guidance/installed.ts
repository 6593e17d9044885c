import { storage } from 'wxt/utils/storage';
import type { GuidancePack } from './schema';

/**
 * The guidance pack in force. Written only by the background, after validation
 * (`ensure-installed.ts`); panels read it as is, keeping zod off their startup path, and follow
 * changes through storage events. Until a team publishes its own, this is the default pack.
 */
export const installedPackStorage = storage.defineItem<GuidancePack | null>('local:guidancePack', {
  fallback: null,
  version: 1,
});

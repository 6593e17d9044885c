import { storage } from 'wxt/utils/storage';
import type { PackChange } from './diff';

/**
 * What guidance sync leaves for the panels, in `storage.local` (nothing secret): the banner
 * after an update, and the last check's outcome, including what was refused and why. Written
 * by the background; panels read them, follow changes, and only ever set `dismissed`.
 */

export type RefusalReason =
  | 'too-large'
  | 'malformed'
  | 'invalid'
  | 'rollback'
  | 'conflict'
  | 'unsigned'
  | 'bad-signature'
  | 'bad-key';

export interface GuidanceRefusal {
  reason: RefusalReason;
  message: string;
  /** The version offered, when the offer could be read that far. */
  offeredVersion?: number;
  /** The refused offer's ETag: sent back in `If-None-Match` so it is not fetched every tick. */
  etag?: string;
  /** The pinned key it was judged against: a new key means judging it again. */
  publicKey: string;
  at: string;
}

export interface GuidanceSyncStatus {
  state: 'ok' | 'refused' | 'unreachable' | 'unauthorized' | 'bad-response';
  /** Installed version after this check. */
  version: number;
  /** ETag of the installed pack as the case API served it. */
  etag?: string;
  refusal?: GuidanceRefusal;
  /** For unreachable / unauthorized / bad-response: what happened. */
  message?: string;
  checkedAt: string;
}

export interface GuidanceUpdate {
  from: number;
  to: number;
  changes: PackChange[];
  /** More changes than were kept (a wholesale rewrite). */
  moreChanges: number;
  at: string;
  dismissed: boolean;
}

export const guidanceSyncStorage = storage.defineItem<GuidanceSyncStatus | null>(
  'local:guidanceSync',
  { fallback: null, version: 1 },
);

export const guidanceUpdateStorage = storage.defineItem<GuidanceUpdate | null>(
  'local:guidanceUpdate',
  { fallback: null, version: 1 },
);

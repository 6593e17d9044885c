import { storage } from 'wxt/utils/storage';
import { canonicalJson } from './canonical';
import type { GuidancePack } from './schema';

/**
 * The lead's unpublished edits, kept in this browser so closing the editor (or a crash) loses
 * nothing. Only the editor page reads and writes it; panels never use a draft.
 */
export interface StoredDraft {
  /** The published version the draft was edited from. */
  baseVersion: number;
  pack: GuidancePack;
  savedAt: string;
}

export const editorDraftStorage = storage.defineItem<StoredDraft | null>('local:guidanceDraft', {
  fallback: null,
});

/**
 * What to do with a kept draft when the editor loads the published version: edit it again
 * when it was made on that version; when someone published since, offer it rather than apply
 * it, because applying it would silently undo their changes.
 */
export function draftOnLoad(
  stored: StoredDraft | null,
  published: GuidancePack,
): 'restore' | 'offer-stale' | 'none' {
  // Just published (or someone published the same edits): nothing is left to keep.
  if (!stored || sameContent(stored.pack, published)) return 'none';
  if (stored.baseVersion === published.version) return 'restore';
  return stored.baseVersion < published.version ? 'offer-stale' : 'none';
}

/** A pack without what publishing stamps on it (number, publisher, time, signature). */
const withoutPublishStamp = ({
  version: _v,
  publisher: _p,
  publishedAt: _t,
  signature: _s,
  ...content
}: GuidancePack) => content;

function sameContent(a: GuidancePack, b: GuidancePack): boolean {
  return canonicalJson(withoutPublishStamp(a)) === canonicalJson(withoutPublishStamp(b));
}

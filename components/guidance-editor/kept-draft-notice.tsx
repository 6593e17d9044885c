import type { PackDraft } from './use-pack-draft';

/** Says that unpublished edits were kept from an earlier visit, and lets the lead drop them. */
export function KeptDraftNotice(props: {
  kept: PackDraft['kept'];
  publishedVersion: number;
  dirty: boolean;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { kept, publishedVersion, dirty } = props;
  const when = kept && new Date(kept.savedAt).toLocaleString();
  const button = 'ml-2 text-indigo-700 underline';
  if (kept?.state === 'stale') {
    return (
      <p
        role="status"
        data-testid="kept-draft"
        className="rounded bg-amber-50 p-2 text-sm text-amber-900"
      >
        You have an unpublished draft from {when}, edited on v{kept.baseVersion}; v
        {publishedVersion} has been published since. Restoring it puts your draft in place of v
        {publishedVersion}: the backtest and the diff show what that changes.
        <button type="button" className={button} onClick={props.onRestore}>
          Restore my draft
        </button>
        <button type="button" className={button} onClick={props.onDiscard}>
          Discard it
        </button>
      </p>
    );
  }
  if (!dirty) return null;
  return (
    <p data-testid="kept-draft" className="text-sm text-zinc-600">
      {kept?.state === 'restored'
        ? `Your unpublished edits from ${when} were restored; they are kept in this browser until you publish or discard them.`
        : 'Your edits are kept in this browser until you publish or discard them.'}
      <button type="button" className={button} onClick={props.onDiscard}>
        Discard changes
      </button>
    </p>
  );
}

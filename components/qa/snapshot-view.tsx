import type { CaseSnapshot } from '../../utils/qa/snapshot-schema';
import type { MediaLook } from '../../utils/wellness/media-css';
import { MaskedText } from '../wellness/masked-text';
import { SnapshotMedia } from './snapshot-media';

const when = (iso: string) => new Date(iso).toLocaleString();

/**
 * A case snapshot, read-only: the text and media as stored when the original reviewer
 * decided, with the reader's masking (from `MaskTermsContext`) and media look. It never shows
 * the decision, so a QA reviewer may read it before deciding blind.
 */
export function SnapshotView({ snapshot, look }: { snapshot: CaseSnapshot; look: MediaLook }) {
  return (
    <article className="space-y-3" data-testid="qa-snapshot">
      <h1 className="text-xl font-semibold">
        {snapshot.caseId} ({snapshot.console})
        {snapshot.subject && (
          <>
            : <MaskedText text={snapshot.subject} label="the subject" />
          </>
        )}
      </h1>
      <p role="note" data-testid="snapshot-when" className="rounded bg-amber-50 p-2 text-amber-950">
        The snapshot from {when(snapshot.takenAt)}, as stored when the case was decided. The
        console’s current state may differ.{' '}
        {snapshot.url && (
          <a href={snapshot.url} target="_blank" rel="noreferrer" className="underline">
            Open the case in its console
          </a>
        )}
      </p>
      <ol className="space-y-2">
        {snapshot.items.map((item, index) => (
          <li key={item.id} className="space-y-1 rounded border border-zinc-200 p-2">
            <p className="text-xs text-zinc-600">
              {item.author} ({item.role}){item.time && ` · ${when(item.time)}`}
            </p>
            <p className="whitespace-pre-wrap" data-testid="snapshot-text">
              <MaskedText text={item.text} label={`message ${index + 1}`} />
            </p>
            {item.media.map((media) => (
              <SnapshotMedia key={media.id} media={media} look={look} />
            ))}
          </li>
        ))}
      </ol>
      <p className="text-xs text-zinc-600">Stored until {when(snapshot.expiresAt)}.</p>
    </article>
  );
}

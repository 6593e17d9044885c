import { useState } from 'react';
import type { Media } from '../../utils/case/schema';
import type { MediaLook } from '../../utils/wellness/media-css';

/**
 * A stored case medium with the reviewer's media filters, as in the console: an image is
 * drawn blurred and greyscale (as their settings say) until revealed; a video or file is a
 * link only, so nothing plays or opens unasked.
 */
export function SnapshotMedia({ media, look }: { media: Media; look: MediaLook }) {
  const [revealed, setRevealed] = useState(false);
  const label = media.alt ?? media.url;
  if (media.kind !== 'image') {
    return (
      <a href={media.url} target="_blank" rel="noreferrer" className="text-indigo-700 underline">
        {media.kind}: {label}
      </a>
    );
  }
  const filtered = !revealed && (look.blur || look.greyscale);
  const classes = [
    'max-h-48 rounded border border-zinc-300',
    !revealed && look.blur ? 'blur-lg' : '',
    !revealed && look.greyscale ? 'grayscale' : '',
  ];
  return (
    <figure className="space-y-1">
      <img
        src={media.url}
        alt={media.alt ?? ''}
        data-testid="snapshot-image"
        data-filtered={filtered ? 'yes' : 'no'}
        className={classes.join(' ')}
      />
      <figcaption className="text-xs">
        <a href={media.url} target="_blank" rel="noreferrer" className="text-indigo-700 underline">
          {label}
        </a>{' '}
        {filtered && (
          <button
            type="button"
            className="text-indigo-700 underline"
            onClick={() => setRevealed(true)}
          >
            Reveal image
          </button>
        )}
      </figcaption>
    </figure>
  );
}

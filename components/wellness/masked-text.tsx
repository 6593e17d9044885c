import { useMemo, useState } from 'react';
import { maskParts } from '../../utils/wellness/mask-terms';
import { useMaskTerms } from './mask-context';

/**
 * Case text with the team's graphic terms masked, and one reveal for the whole message. The
 * masks are hidden from screen readers, which hear "masked term" instead of the word.
 */
export function MaskedText({ text, label }: { text: string; label: string }) {
  const terms = useMaskTerms();
  const [revealed, setRevealed] = useState(false);
  const parts = useMemo(() => (terms ? maskParts(text, terms) : null), [text, terms]);
  if (!parts || revealed || !parts.some((part) => part.masked)) return <>{text}</>;
  return (
    <>
      <span data-testid="masked-text">
        {parts.map((part, index) =>
          part.masked ? (
            <span key={index} className="rounded bg-zinc-700 px-0.5 text-zinc-200">
              <span aria-hidden="true">{'▒'.repeat(Math.min(part.text.length, 12))}</span>
              <span className="sr-only">masked term</span>
            </span>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </span>{' '}
      <button
        type="button"
        data-testid="reveal-masked"
        aria-label={`Reveal masked terms in ${label}`}
        className="text-indigo-700 underline"
        onClick={() => setRevealed(true)}
      >
        Reveal
      </button>
    </>
  );
}

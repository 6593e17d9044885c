import { useMemo } from 'react';
import type { Assessment } from '../../utils/assessment/schema';
import type { Case } from '../../utils/case/schema';
import { MaskedText } from '../wellness/masked-text';
import { pct } from './risk-overview';
import { riskyItems } from './score-view';

/** The messages that scored highest, as plain text: case content is never rendered as HTML. */
export function RiskyItems({
  assessment,
  case: c,
  onShowItem,
}: {
  assessment: Assessment;
  case: Case;
  onShowItem?: (itemId: string) => void;
}) {
  const items = useMemo(() => riskyItems(assessment, c), [assessment, c]);
  if (items.length === 0) return null;
  const injected = new Set(assessment.injectionSuspected);
  return (
    <div className="space-y-1">
      <h3 className="text-xs font-semibold uppercase text-zinc-500">Highest-risk messages</h3>
      <ul className="space-y-1.5">
        {items.map((item) => (
          <li key={item.itemId} data-testid="risky-item" className="rounded bg-zinc-50 p-2 text-xs">
            <div className="flex items-baseline justify-between gap-2">
              <p className="font-medium">{item.author}</p>
              {onShowItem && (
                <button
                  type="button"
                  className="text-indigo-700 underline"
                  onClick={() => onShowItem(item.itemId)}
                >
                  Show in console
                </button>
              )}
            </div>
            <p dir="auto" className="break-words text-zinc-700">
              <MaskedText
                key={`${c.id}/${item.itemId}`}
                text={item.excerpt}
                label={`the message from ${item.author}`}
              />
            </p>
            <p className="mt-0.5 text-zinc-500">
              {item.top.map((t) => `${t.category} ${pct(t.score)}`).join(' · ')}
            </p>
            {injected.has(item.itemId) && <InjectionFlag />}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function InjectionFlag() {
  return (
    <p data-testid="injection-flag" className="mt-0.5 font-semibold text-amber-800">
      ⚠ This message (its text, author or id) seems to address the model (“ignore your policy…”). It
      was treated as data.
    </p>
  );
}

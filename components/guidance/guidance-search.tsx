import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { GuidancePack } from '../../utils/guidance/schema';
import { searchPack } from '../../utils/guidance/snippets';
import { LazyDetails } from '../markdown/lazy-details';
import { Markdown } from '../markdown/markdown';

const FIELD_NAMES = { title: 'title', body: 'text', signal: 'signal' } as const;

/** Search across the installed pack: policy titles, their text and their signals. */
export function GuidanceSearch({ pack }: { pack: GuidancePack }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchPack(pack, deferred, 10), [pack, deferred]);
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="sr-only">
        Search guidance
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Search guidance (titles, text, signals)"
        onChange={(e) => setQuery(e.target.value)}
        className="w-full rounded border border-zinc-300 px-2 py-1 text-xs"
      />
      {deferred.trim() !== '' && (
        <ul data-testid="guidance-search-results" className="space-y-1">
          {hits.length === 0 && <li className="text-xs text-zinc-500">No policy matches.</li>}
          {hits.map((hit) => (
            <li key={hit.policy.id}>
              <LazyDetails
                testId="guidance-search-hit"
                className="text-xs"
                summary={
                  <>
                    <span className="font-semibold">{hit.policy.title}</span>
                    <span className="text-zinc-500">
                      {' '}
                      · in {hit.fields.map((f) => FIELD_NAMES[f]).join(', ')}
                    </span>
                    {hit.signals.length > 0 && (
                      <span className="block text-zinc-600">
                        {hit.signals.map((s) => `${s.kind} “${s.pattern}”`).join(' · ')}
                      </span>
                    )}
                    {hit.excerpt && <span className="block text-zinc-600">{hit.excerpt}</span>}
                  </>
                }
              >
                <Markdown source={hit.policy.body} className="mt-1 rounded bg-zinc-50 p-2" />
              </LazyDetails>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

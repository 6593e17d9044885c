import { useState } from 'react';
import { adapters as builtIn } from '../../utils/case/adapters';
import { adapterHealthStorage } from '../../utils/case/adapter-health';
import { userAdaptersStorage } from '../../utils/case/user-adapters';
import { exportAdapters } from '../../utils/case/user-adapters-edit';
import { useStored } from '../decide/use-stored';
import { AdapterEditor } from './adapter-editor';
import { AdapterFromPreset } from './adapter-from-preset';
import { AdapterRow } from './adapter-row';
import { downloadText } from './download';
import { ImportAdapters } from './import-adapters';

/**
 * The lead's console adapters: what reads which console, how often each broke, and the way
 * to add, import, export, switch off or remove one, without a release.
 */
export function AdaptersApp() {
  const stored = useStored(userAdaptersStorage) ?? [];
  const health = useStored(adapterHealthStorage) ?? {};
  const [editing, setEditing] = useState<string | undefined>();

  return (
    <main className="mx-auto max-w-3xl space-y-6 p-6 text-zinc-900">
      <header className="flex items-baseline justify-between">
        <h1 className="text-xl font-bold text-indigo-700">Console adapters</h1>
        <a className="text-sm text-indigo-700 underline" href="/options.html">
          Options
        </a>
      </header>
      <section aria-labelledby="own-adapters" className="space-y-2">
        <div className="flex items-center gap-2">
          <h2 id="own-adapters" className="mr-auto font-semibold">
            Your team’s adapters
          </h2>
          <ImportAdapters />
          <button
            type="button"
            disabled={!stored.length}
            className="rounded border border-zinc-300 px-2 py-1 text-sm disabled:opacity-50"
            onClick={() =>
              downloadText(
                'caselight-adapters.json',
                exportAdapters(stored.map((s) => s.definition)),
              )
            }
          >
            Export all
          </button>
        </div>
        {stored.length === 0 && (
          <p className="text-sm text-zinc-600">
            None yet. Build one from the panel on a console page (“Build adapter for this page”),
            write one below, or import a file a colleague exported.
          </p>
        )}
        <ul className="space-y-2" data-testid="adapter-list">
          {stored.map((s) => (
            <AdapterRow
              key={s.definition.id}
              stored={s}
              health={health[s.definition.id]}
              onEdit={() => setEditing(JSON.stringify(s.definition, null, 2))}
            />
          ))}
        </ul>
      </section>
      <AdapterFromPreset onMade={setEditing} />
      <AdapterEditor
        key={editing ?? 'new'}
        initial={editing}
        onSaved={() => setEditing(undefined)}
      />
      <section aria-labelledby="built-in" className="space-y-1 text-sm">
        <h2 id="built-in" className="font-semibold">
          Built in
        </h2>
        <ul className="list-disc pl-5">
          {builtIn.map((a) => (
            <li key={a.id}>
              {a.name} <span className="text-zinc-500">({a.matches.join(', ')})</span>
              {health[a.id] && <HealthLine failures={health[a.id]!.failures} />}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

function HealthLine({ failures }: { failures: number }) {
  return <span className="ml-2 text-red-700">{failures} broken reads</span>;
}

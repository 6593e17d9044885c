import { useState } from 'react';
import { downloadText } from '../adapters/download';
import { AddFromPreset } from './add-from-preset';
import { ImportWriters } from './import-writers';
import { UnreadableWriters } from './unreadable-writers';
import { useWriters } from './use-writers';
import { WriterEditor } from './writer-editor';
import { WriterRow } from './writer-row';
import { exportWriter, exportWriters } from './writers-file';

/**
 * The lead's writers: how decisions are written back into each console's own system, with
 * their credentials, a preview of the exact requests and a test send, without a release.
 */
export function WritersApp() {
  const { list, error, reload } = useWriters();
  const [draft, setDraft] = useState<{ text: string; key: number; editing?: string }>();
  const entries = list?.writers ?? [];
  const edit = (text: string, editing?: string) => setDraft({ text, key: Date.now(), editing });

  return (
    <main className="mx-auto max-w-3xl space-y-6 p-6 text-zinc-900">
      <header className="flex items-baseline gap-4">
        <h1 className="mr-auto text-xl font-bold text-indigo-700">Writers</h1>
        <a className="text-sm text-indigo-700 underline" href="/adapters.html">
          Console adapters
        </a>
        <a className="text-sm text-indigo-700 underline" href="/options.html">
          Options
        </a>
      </header>
      <p className="text-sm text-zinc-600">
        A writer puts each decision back into the console’s own system through its API: a note,
        tags, a status on the ticket. It writes for the consoles (adapter ids) it names.
      </p>
      <section aria-labelledby="own-writers" className="space-y-2">
        <div className="flex items-center gap-2">
          <h2 id="own-writers" className="mr-auto font-semibold">
            Your team’s writers
          </h2>
          <ImportWriters onSaved={reload} />
          <button
            type="button"
            disabled={!entries.length}
            className="rounded border border-zinc-300 px-2 py-1 text-sm disabled:opacity-50"
            onClick={() =>
              downloadText('caselight-writers.json', exportWriters(entries.map((e) => e.writer)))
            }
          >
            Export all
          </button>
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        {list && entries.length === 0 && (
          <p className="text-sm text-zinc-600">
            None yet. Add one from a preset, write one below, or import a file a colleague exported.
          </p>
        )}
        <ul className="space-y-2" data-testid="writer-list">
          {entries.map((entry) => (
            <WriterRow
              key={entry.writer.id}
              entry={entry}
              onChanged={reload}
              onEdit={() => edit(exportWriter(entry.writer), entry.writer.name)}
            />
          ))}
        </ul>
        {list && <UnreadableWriters unreadable={list.unreadable} onRemoved={reload} />}
      </section>
      <AddFromPreset onMade={(text) => edit(text)} />
      <WriterEditor
        key={draft?.key ?? 'new'}
        initial={draft?.text}
        editing={draft?.editing}
        onSaved={reload}
      />
    </main>
  );
}

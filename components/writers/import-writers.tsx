import { useState } from 'react';
import type { Writer } from '../../utils/case/writer/schema';
import { ProblemList } from '../adapters/problem-list';
import { saveWriters, type SaveWritersResult } from './save-writers';
import { parseWritersJson, type ParsedWriters } from './writers-file';

/**
 * Import is two clicks: choosing the file validates it; "Allow and import" asks for the
 * addresses (the browser only prompts during a click) and saves.
 */
export function ImportWriters(props: { onSaved: () => void }) {
  const [parsed, setParsed] = useState<ParsedWriters>();
  const [result, setResult] = useState<SaveWritersResult>();

  const importThem = (writers: Writer[]) => {
    void saveWriters(writers).then((saved) => {
      setResult(saved);
      if (saved.ok) setParsed(undefined);
      props.onSaved();
    });
  };

  return (
    <div className="text-sm">
      <label className="cursor-pointer rounded border border-zinc-300 px-2 py-1 focus-within:outline-2 focus-within:outline-indigo-600">
        Import…
        <input
          type="file"
          accept="application/json,.json"
          className="sr-only"
          aria-label="Import writers from a JSON file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            setResult(undefined);
            if (file) void file.text().then((text) => setParsed(parseWritersJson(text)));
            e.target.value = '';
          }}
        />
      </label>
      {parsed && !parsed.ok && <ProblemList problems={parsed.problems} />}
      {parsed?.ok && (
        <div role="dialog" aria-label="Import writers" className="mt-2 rounded border p-2">
          <p>{parsed.writers.map((w) => `${w.name} (${w.baseUrl})`).join('; ')}</p>
          <button
            type="button"
            className="mt-1 rounded bg-indigo-700 px-2 py-1 text-white"
            onClick={() => importThem(parsed.writers)}
          >
            Allow their addresses and import
          </button>
        </div>
      )}
      {result &&
        (result.ok ? (
          <p role="status">{result.message}</p>
        ) : (
          <ProblemList problems={result.problems} />
        ))}
    </div>
  );
}

import { useState } from 'react';
import {
  parseAdapterJson,
  requestAdapterOrigins,
  saveUserAdapters,
  type ParsedAdapters,
} from '../../utils/case/user-adapters-edit';
import type { DeclarativeAdapter } from '../../utils/case/declarative/schema';
import { ProblemList } from './problem-list';

/**
 * Import is two clicks: choosing the file validates it; "Allow and import" asks for the sites
 * (the browser only prompts during a click) and saves.
 */
export function ImportAdapters() {
  const [parsed, setParsed] = useState<ParsedAdapters>();
  const [message, setMessage] = useState('');

  const importThem = (definitions: DeclarativeAdapter[]) => {
    const granted = requestAdapterOrigins(definitions);
    void granted.then(async (ok) => {
      await saveUserAdapters(definitions);
      setParsed(undefined);
      setMessage(
        ok
          ? `Imported ${definitions.length} adapter(s).`
          : `Imported ${definitions.length} adapter(s), but the sites were not allowed: they stay off those pages until you allow them.`,
      );
    });
  };

  return (
    <div className="text-sm">
      <label className="cursor-pointer rounded border border-zinc-300 px-2 py-1">
        Import…
        <input
          type="file"
          accept="application/json,.json"
          className="sr-only"
          aria-label="Import adapters from a JSON file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then((text) => setParsed(parseAdapterJson(text)));
            e.target.value = '';
          }}
        />
      </label>
      {parsed && !parsed.ok && <ProblemList problems={parsed.problems} />}
      {parsed?.ok && (
        <div role="dialog" aria-label="Import adapters" className="mt-2 rounded border p-2">
          <p>{parsed.definitions.map((d) => `${d.name} (${d.matches.join(', ')})`).join('; ')}</p>
          <button
            type="button"
            className="mt-1 rounded bg-indigo-700 px-2 py-1 text-white"
            onClick={() => importThem(parsed.definitions)}
          >
            Allow these sites and import
          </button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}

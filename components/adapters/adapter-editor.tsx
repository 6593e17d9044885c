import { useId, useMemo, useState } from 'react';
import {
  parseAdapterJson,
  requestAdapterOrigins,
  saveUserAdapters,
} from '../../utils/case/user-adapters-edit';
import { ADAPTER_TEMPLATE } from './adapter-template';
import { ProblemList } from './problem-list';

/**
 * A definition as JSON, validated as the lead types (every problem names its field), saved
 * only when valid. Saving asks for the adapter's sites in the same click.
 */
export function AdapterEditor(props: { initial?: string; onSaved: () => void }) {
  const id = useId();
  const [text, setText] = useState(props.initial ?? JSON.stringify(ADAPTER_TEMPLATE, null, 2));
  const [status, setStatus] = useState('');
  const parsed = useMemo(() => parseAdapterJson(text), [text]);

  const save = () => {
    if (!parsed.ok) return;
    const granted = requestAdapterOrigins(parsed.definitions);
    void granted.then(async (ok) => {
      await saveUserAdapters(parsed.definitions);
      setStatus(
        ok
          ? `Saved “${parsed.definitions[0]!.name}”. Open or reload a page of that console to see the panel.`
          : `Saved “${parsed.definitions[0]!.name}”, but the site was not allowed, so it stays off until you allow it.`,
      );
      props.onSaved();
    });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h2 id={`${id}-title`} className="font-semibold">
        {props.initial ? 'Edit adapter' : 'New adapter'}
      </h2>
      <label htmlFor={`${id}-json`} className="block text-sm text-zinc-600">
        Adapter definition (JSON). Selectors are CSS; add <code>attribute</code> to read an
        attribute instead of the text, <code>regex</code> to keep its first capture group.
      </label>
      <textarea
        id={`${id}-json`}
        data-testid="adapter-json"
        value={text}
        spellCheck={false}
        rows={22}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={!parsed.ok}
        className="w-full rounded border border-zinc-300 p-2 font-mono text-xs"
      />
      {!parsed.ok && <ProblemList problems={parsed.problems} />}
      <button
        type="button"
        disabled={!parsed.ok}
        onClick={save}
        className="rounded bg-indigo-700 px-3 py-1 text-sm font-medium text-white disabled:opacity-50"
      >
        Save and allow its sites
      </button>
      {status && (
        <p role="status" className="text-sm">
          {status}
        </p>
      )}
    </section>
  );
}

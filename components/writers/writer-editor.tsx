import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ProblemList } from '../adapters/problem-list';
import { saveWriters } from './save-writers';
import { WRITER_TEMPLATE } from './writer-template';
import { parseWritersJson } from './writers-file';

/**
 * A definition (or an export file of several) as JSON, validated as the lead types, every
 * problem named by its field; saved only when valid, after the browser allowed its address.
 */
export function WriterEditor(props: { initial?: string; editing?: string; onSaved: () => void }) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(props.initial ?? WRITER_TEMPLATE);
  const [status, setStatus] = useState<
    { ok: true; text: string } | { ok: false; problems: string[] }
  >();
  const parsed = useMemo(() => parseWritersJson(text), [text]);

  // A definition handed over by Edit or a preset: take the lead (and a keyboard) to it.
  useEffect(() => {
    if (props.initial) area.current?.focus();
  }, [props.initial]);

  const save = () => {
    if (!parsed.ok) return;
    void saveWriters(parsed.writers).then((result) => {
      setStatus(result.ok ? { ok: true, text: result.message } : result);
      if (result.ok) props.onSaved();
    });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h2 id={`${id}-title`} className="font-semibold">
        {props.editing ? `Edit ${props.editing}` : props.initial ? 'New writer' : 'Write a writer'}
      </h2>
      <label htmlFor={`${id}-json`} className="block text-sm text-zinc-600">
        Writer definition (JSON, <code>caselight-writer/1</code>), or an export file of several.
        Templates name decision fields in <code>{'{{…}}'}</code>; saving replaces the writer with
        the same id.
      </label>
      <textarea
        id={`${id}-json`}
        ref={area}
        data-testid="writer-json"
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
        Save and allow its address
      </button>
      {status &&
        (status.ok ? (
          <p role="status" className="text-sm">
            {status.text}
          </p>
        ) : (
          <ProblemList problems={status.problems} />
        ))}
    </section>
  );
}

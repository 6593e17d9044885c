import { useState } from 'react';
import type { InvestigationNote } from '../../utils/investigations/schema';

/** Notes stay with the investigated case on the case API (append-only, audited). */
export function InvestigationNotes(props: {
  notes: InvestigationNote[];
  onAdd: (text: string) => Promise<string | undefined>;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const add = async () => {
    const failed = await props.onAdd(text);
    setProblem(failed);
    if (!failed) setText('');
  };
  return (
    <section aria-labelledby="notes-heading" className="space-y-2">
      <h2 id="notes-heading" className="font-semibold">
        Notes
      </h2>
      <ul data-testid="investigation-notes" className="space-y-1 text-sm">
        {props.notes.map((note) => (
          <li key={note.id}>
            <span className="text-slate-500">
              {note.authorName}, {new Date(note.createdAt).toLocaleString()}:
            </span>{' '}
            {note.text}
          </li>
        ))}
      </ul>
      <label className="block text-sm">
        Add a note
        <textarea
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="mt-1 block w-full rounded border border-slate-300 p-1"
          rows={2}
        />
      </label>
      <button
        type="button"
        disabled={!text.trim()}
        onClick={() => void add()}
        className="rounded bg-slate-800 px-3 py-1 text-sm text-white disabled:opacity-50"
      >
        Add note
      </button>
      {problem && (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      )}
    </section>
  );
}

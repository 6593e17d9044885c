import { useState, type FormEvent } from 'react';
import type { QaResult } from '../../utils/qa/result-schema';
import { sendQaLead } from './send-qa';

type Outcome = 'upheld' | 'overturned';

// The verdict buttons act; Enter in the note must not send one by accident.
const noSubmit = (event: FormEvent) => event.preventDefault();

/** A lead's verdict on one dispute: accept it (the QA result is overturned) or reject it. */
export function SettleForm(props: { decisionId: string; onSettled: (result: QaResult) => void }) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const decide = async (outcome: Outcome) => {
    setBusy(true);
    setProblem(undefined);
    const trimmed = note.trim();
    const settle = { outcome, note: trimmed || undefined };
    const answer = await sendQaLead({ op: 'settle', decisionId: props.decisionId, settle });
    setBusy(false);
    if (answer.ok) props.onSettled(answer.result);
    else setProblem(answer.message);
  };

  return (
    <form onSubmit={noSubmit} className="space-y-1">
      <label className="block">
        Note to the reviewer and QA
        <textarea
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
          className="mt-1 block w-full rounded border border-zinc-300 p-1"
        />
      </label>
      <div className="flex gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => void decide('overturned')}
          className="rounded bg-indigo-700 px-2 py-1 text-white disabled:opacity-50"
        >
          Accept dispute (overturn QA)
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void decide('upheld')}
          className="rounded border border-zinc-400 px-2 py-1 disabled:opacity-50"
        >
          Reject dispute (uphold QA)
        </button>
      </div>
      {problem && (
        <p role="alert" className="text-red-800">
          {problem}
        </p>
      )}
    </form>
  );
}

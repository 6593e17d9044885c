import { useState, type FormEvent } from 'react';
import type { QaResult } from '../../utils/qa/result-schema';
import { sendQa } from './send-qa';

/** One dispute per QA result; a refusal (already disputed, decision reversed) says why. */
export function DisputeForm(props: { result: QaResult; onDisputed: (result: QaResult) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const dispute = { reason: reason.trim() };
    const answer = await sendQa({ op: 'dispute', decisionId: props.result.decisionId, dispute });
    setBusy(false);
    if (answer.ok) props.onDisputed(answer.result);
    else setProblem(answer.message);
  };

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="text-indigo-700 underline">
        Dispute this QA result
      </button>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-1">
      <label className="block">
        Why the QA result is wrong
        <textarea
          value={reason}
          maxLength={2000}
          autoFocus
          onChange={(e) => setReason(e.target.value)}
          className="mt-1 block w-full rounded border border-zinc-300 p-1"
        />
      </label>
      <button
        type="submit"
        disabled={busy || reason.trim() === ''}
        className="rounded bg-indigo-700 px-2 py-1 text-white disabled:opacity-50"
      >
        Send dispute
      </button>
      {problem && (
        <p role="alert" className="text-red-800">
          Dispute refused: {problem}
        </p>
      )}
    </form>
  );
}

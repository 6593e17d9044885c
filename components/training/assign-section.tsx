import { useState } from 'react';
import { unassignableReason } from '../../utils/training/assignable';
import type { GoldSet } from '../../utils/training/schema';
import { TextArea } from '../guidance-editor/editor-inputs';
import { sendTrainer } from './send-trainer';

/** "rev-ana, rev-ben" or one per line, as pasted from a roster; each id once. */
export function parseReviewerIds(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

/** Who must work this set, and who already does. */
export function AssignSection(props: {
  token?: string;
  set: GoldSet;
  onAssigned: (set: GoldSet) => void;
}) {
  const { set } = props;
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  // The case API refuses it too; saying so here spares the trainer a round trip.
  const refusal = unassignableReason(set.items);

  async function assign() {
    const reviewerIds = parseReviewerIds(text);
    if (reviewerIds.length === 0) {
      return setOutcome({ ok: false, message: 'Enter at least one reviewer id.' });
    }
    setBusy(true);
    const answer = await sendTrainer(props.token, { op: 'assign', setId: set.id, reviewerIds });
    setBusy(false);
    if (!answer.ok) return setOutcome({ ok: false, message: answer.message });
    setText('');
    setOutcome({
      ok: true,
      message: `Assigned to ${reviewerIds.length} trainee${reviewerIds.length === 1 ? '' : 's'}.`,
    });
    props.onAssigned(answer.set);
  }

  return (
    <section aria-label="Assign to trainees" className="space-y-2">
      <h3 className="text-sm font-semibold">Assign to trainees</h3>
      {refusal && (
        <p data-testid="unassignable" className="text-xs text-red-700">
          {refusal}
        </p>
      )}
      <div className="flex items-end gap-2">
        <TextArea
          label="Reviewer ids"
          hint="Comma or newline separated, as the case API knows them (e.g. rev-ana)."
          rows={2}
          value={text}
          className="flex-1"
          onChange={setText}
        />
        <button
          type="button"
          disabled={busy || refusal !== undefined}
          onClick={() => void assign()}
          className="mb-5 rounded bg-indigo-600 px-3 py-1.5 text-sm text-white disabled:opacity-50"
        >
          Assign
        </button>
      </div>
      {outcome && (
        <p
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="assign-outcome"
          className={`text-xs ${outcome.ok ? 'text-emerald-800' : 'text-red-700'}`}
        >
          {outcome.message}
        </p>
      )}
      {set.assignments.length === 0 ? (
        <p className="text-xs text-zinc-500">Nobody is assigned yet.</p>
      ) : (
        <ul aria-label="Assigned trainees" className="text-xs">
          {set.assignments.map((a) => (
            <li key={a.reviewerId}>
              {a.reviewerName || a.reviewerId} <span className="font-mono">({a.reviewerId})</span>,
              assigned by {a.assignedBy} on {new Date(a.assignedAt).toLocaleDateString()}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import type { GuidancePack } from '../../utils/guidance/schema';
import type { QaOriginal } from '../../utils/qa/qa-messages';
import type { QaResult } from '../../utils/qa/result-schema';
import type { Scorecard } from '../../utils/qa/schema';
import { useAnnouncement } from '../panel/live-announcer';
import { DecisionLine } from './decision-line';
import { sendQa } from './send-qa';

type Mark = boolean | null;
const MARKS: Array<{ value: Mark; label: string }> = [
  { value: true, label: 'Pass' },
  { value: false, label: 'Fail' },
  { value: null, label: 'N/A' },
];

/** The original beside my blind decision, scored on the team's current scorecard. */
export function QaScoreForm(props: {
  decisionId: string;
  original: QaOriginal;
  scorecard: Scorecard;
  pack?: GuidancePack;
}) {
  const { original, qaDecision } = props.original;
  const { criteria, version } = props.scorecard;
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<QaResult>();
  const [problem, setProblem] = useState<string>();
  const complete = criteria.every((c) => c.id in marks);
  useAnnouncement(saved && `QA review saved: score ${saved.score} of 100.`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const trimmed = note.trim();
    const review = { qaDecisionId: qaDecision.id, scores: marks, note: trimmed || undefined };
    const answer = await sendQa({ op: 'review', decisionId: props.decisionId, review });
    setBusy(false);
    if (answer.ok) setSaved(answer.result);
    else setProblem(answer.message);
  };

  return (
    <section
      aria-label="Score the original decision"
      data-testid="qa-score"
      className="space-y-2 rounded border border-zinc-300 bg-white p-2 text-xs"
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-2">
        <DecisionLine
          who={`Original (${original.reviewerName})`}
          decision={original}
          pack={props.pack}
          testId="qa-original"
        />
        <DecisionLine who="Yours" decision={qaDecision} pack={props.pack} testId="qa-yours" />
      </dl>
      {saved ? (
        <p data-testid="qa-saved" className="font-semibold text-green-800">
          QA review saved: {saved.score} of 100 on scorecard version {saved.scorecardVersion}.
        </p>
      ) : (
        <form onSubmit={submit} className="space-y-2">
          <p className="text-zinc-500">Scorecard version {version}</p>
          {criteria.map((c) => (
            <fieldset key={c.id} className="flex flex-wrap items-center gap-2">
              <legend className="sr-only">{c.label}</legend>
              <span aria-hidden className="w-32 font-medium">
                {c.label}
              </span>
              {MARKS.map((m) => (
                <label key={m.label} className="flex items-center gap-1">
                  <input
                    type="radio"
                    name={`qa-${c.id}`}
                    checked={c.id in marks && marks[c.id] === m.value}
                    onChange={() => setMarks((prev) => ({ ...prev, [c.id]: m.value }))}
                  />
                  {m.label}
                </label>
              ))}
            </fieldset>
          ))}
          <label className="block">
            QA note
            <textarea
              value={note}
              maxLength={5000}
              onChange={(e) => setNote(e.target.value)}
              className="mt-1 block w-full rounded border border-zinc-300 p-1"
            />
          </label>
          <button
            type="submit"
            disabled={!complete || busy}
            className="rounded bg-indigo-700 px-2 py-1 text-white disabled:opacity-50"
          >
            Submit QA review
          </button>
          {problem && (
            <p role="alert" className="text-red-800">
              {problem}
            </p>
          )}
        </form>
      )}
    </section>
  );
}

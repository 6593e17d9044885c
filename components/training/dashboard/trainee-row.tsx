import { useId, useState } from 'react';
import type { TraineeReport, VerdictStatus } from '../../../utils/training/report';
import { DEFAULT_MIN_ACCURACY, type PassMark } from '../../../utils/training/schema';
import { shownAgainst, type FigureKind } from '../../../utils/training/shown-figure';
import { ConfusionTable } from './confusion-table';
import { NONE, formatPercent } from './format';

/** Printed as the verdict prints it, so the table never reads "0.80" beside "below 0.80". */
const against = (value: number | null, mark: number, kind: FigureKind) =>
  value === null ? NONE : shownAgainst(value, mark, kind).value;

/** The table's columns before the details button, kept beside the cells they head. */
export const TRAINEE_HEADINGS = [
  'Trainee',
  'Done',
  'Accuracy',
  'Kappa',
  'Must-escalate',
  'Disputed',
  'Verdict',
];

const VERDICT_TONE: Record<VerdictStatus, string> = {
  passed: 'text-emerald-700',
  failed: 'text-red-700',
  'in-progress': 'text-zinc-600',
};

const VERDICT_TEXT: Record<VerdictStatus, string> = {
  passed: 'Passed',
  failed: 'Failed',
  'in-progress': 'In progress',
};

/** One trainee's line in the table, and (on demand) their two confusion matrices. */
export function TraineeRow({
  trainee: t,
  passMark,
}: {
  trainee: TraineeReport;
  passMark: PassMark;
}) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const must = t.mustEscalate;
  return (
    <>
      <tr className="border-t border-zinc-100 align-top">
        <th scope="row" className="py-1 pr-3 text-left font-normal">
          {t.reviewerName}
        </th>
        <td data-metric="done" className="pr-3 font-mono">
          {t.done} / {t.total}
        </td>
        <td data-metric="accuracy" className="pr-3 font-mono">
          {t.judgedOn.by === 'accuracy'
            ? against(t.accuracy, passMark.minAccuracy ?? DEFAULT_MIN_ACCURACY, 'percent')
            : formatPercent(t.accuracy)}
        </td>
        <td data-metric="kappa" className="pr-3 font-mono">
          {t.judgedOn.by === 'kappa' ? (
            against(t.kappa, passMark.minKappa, 'kappa')
          ) : (
            <span title="Not used for this set: see the verdict">not used</span>
          )}
        </td>
        <td data-metric="must-escalate" className="pr-3 font-mono">
          {against(must.accuracy, passMark.minMustEscalateAccuracy, 'percent')}
          {must.done > 0 && (
            <span className="text-zinc-500">
              {' '}
              ({must.escalated} of {must.done})
            </span>
          )}
        </td>
        <td data-metric="disputed" className="pr-3 font-mono">
          {t.disputed.done === 0 ? '—' : `${t.disputed.matched} of ${t.disputed.done} matched`}
        </td>
        <td data-metric="verdict" className="pr-3">
          <span className={`font-semibold ${VERDICT_TONE[t.verdict.status]}`}>
            {VERDICT_TEXT[t.verdict.status]}
          </span>
          {t.verdict.reasons.length > 0 && (
            <ul className="text-xs text-zinc-600">
              {t.verdict.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </td>
        <td>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={`${open ? 'Hide' : 'Show'} details for ${t.reviewerName}`}
            onClick={() => setOpen(!open)}
            className="text-xs text-indigo-700 underline"
          >
            {open ? 'Hide details' : 'Details'}
          </button>
        </td>
      </tr>
      {/* Kept in the page while hidden, so the button's aria-controls always points somewhere. */}
      <tr id={detailsId} hidden={!open}>
        <td colSpan={TRAINEE_HEADINGS.length + 1} className="pb-3">
          <div className="flex flex-wrap gap-6 rounded bg-zinc-50 p-2">
            <ConfusionTable
              caption={`Actions: ${t.reviewerName}`}
              matrix={t.actionConfusion}
              kind="action"
            />
            <ConfusionTable
              caption={`Primary policy: ${t.reviewerName}`}
              matrix={t.policyConfusion}
              kind="policy"
            />
            <p className="basis-full text-xs text-zinc-500">
              Policies matched on {formatPercent(t.policyAccuracy)} of scored items (all policies,
              any order). Disputed items are not in these tables.
            </p>
          </div>
        </td>
      </tr>
    </>
  );
}

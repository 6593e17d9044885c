import { useMemo } from 'react';
import { buildCohortReport } from '../../../utils/training/report';
import type { Attempt, GoldSet } from '../../../utils/training/schema';
import { judgedOnFor } from '../../../utils/training/trainee-report';
import { agreementMark, basisNote } from '../../../utils/training/verdict';
import { ExportCsvButton } from './export-csv-button';
import { alphaMeaning, formatKappa, formatPercent } from './format';
import { DashboardLabelsContext, useDashboardLabels, type DashboardLabels } from './labels';
import { MostMissedList } from './most-missed-list';
import { TRAINEE_HEADINGS, TraineeRow } from './trainee-row';

/** A trainer's view of one gold set: each trainee against gold, and the cohort together. */
export function TrainingDashboard({
  set,
  attempts,
  escalatingActions,
  labels,
}: {
  set: GoldSet;
  attempts: Attempt[];
  escalatingActions: ReadonlySet<string>;
  /** Names for action and policy ids (the installed guidance's); ids are shown without. */
  labels?: DashboardLabels;
}) {
  const inherited = useDashboardLabels();
  const report = useMemo(
    () => buildCohortReport(set, attempts, escalatingActions),
    [set, attempts, escalatingActions],
  );
  const { passMark } = set;
  const judgedOn = judgedOnFor(set.items);
  const agreement = agreementMark(passMark, judgedOn);
  const { calibration } = report;
  return (
    <DashboardLabelsContext value={labels ?? inherited}>
      <section aria-labelledby="training-dashboard-title" className="space-y-4 text-zinc-900">
        <div className="flex items-start justify-between gap-4">
          <div className="space-y-1">
            <h2 id="training-dashboard-title" className="text-lg font-semibold">
              Progress: {set.title}
            </h2>
            <p data-testid="cohort-alpha" className="text-sm">
              Agreement across the cohort: α = {formatKappa(report.alpha)},{' '}
              {alphaMeaning(report.alpha)}.
            </p>
            <p className="text-xs text-zinc-500">
              Pass mark: {agreement} and at least {formatPercent(passMark.minMustEscalateAccuracy)}{' '}
              of must-escalate cases escalated. Disputed cases are shown apart and do not count
              toward it.
            </p>
            {judgedOn.by !== 'kappa' && (
              <p data-testid="judged-on" role="note" className="text-sm text-amber-800">
                This set: {basisNote(judgedOn)}.
              </p>
            )}
          </div>
          <ExportCsvButton report={report} set={set} />
        </div>

        <table className="w-full text-sm">
          <caption className="text-left font-medium">Trainees on this gold set</caption>
          <thead className="text-left text-xs text-zinc-500">
            <tr>
              {TRAINEE_HEADINGS.map((heading) => (
                <th key={heading} scope="col" className="pr-3 font-normal">
                  {heading}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.trainees.length === 0 ? (
              <tr>
                <td colSpan={TRAINEE_HEADINGS.length + 1} className="py-2 text-zinc-500">
                  Nobody is assigned to this set yet.
                </td>
              </tr>
            ) : (
              report.trainees.map((t) => (
                <TraineeRow key={t.reviewerId} trainee={t} passMark={passMark} />
              ))
            )}
          </tbody>
        </table>

        <MostMissedList items={report.mostMissed} />

        <p data-testid="calibration" className="text-sm">
          Calibration in live flow: {calibration.attempts} gold case
          {calibration.attempts === 1 ? '' : 's'} met, {calibration.matched} matched gold
          {calibration.attempts > 0 &&
            ` (${formatPercent(calibration.matched / calibration.attempts)})`}
          .
        </p>
      </section>
    </DashboardLabelsContext>
  );
}

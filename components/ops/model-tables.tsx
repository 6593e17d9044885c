import type { OpsSummary } from '../../utils/ops/summary-schema';
import type { Column } from './csv';
import { confusionMatrix } from './confusion-matrix';
import { FigureTable } from './figure-table';
import { percent } from './format';

type ModelRow = OpsSummary['modelByAction'][number];

const modelColumns = (header: string): Column<ModelRow>[] => [
  { header, csv: (r) => r.key, rowHeader: true },
  { header: 'Model suggested', csv: (r) => r.suggested },
  { header: 'Reviewer overrode', csv: (r) => r.overrode },
  { header: 'Override rate', csv: (r) => r.overrideRate, cell: (r) => percent(r.overrideRate) },
];

/** Where reviewers and the model disagree, and what escalated. */
export function ModelTables({ summary }: { summary: OpsSummary }) {
  const flagged = summary.modelFlagged;
  return (
    <>
      <p data-testid="ops-model-flagged" className="text-sm">
        Model-flagged QA samples:{' '}
        {!flagged || flagged.reviewed === 0
          ? 'none reviewed in this period.'
          : `${flagged.realErrors} of ${flagged.reviewed} were real errors (${percent(flagged.precision)}).`}
      </p>
      <FigureTable
        title="Model agreement per category"
        name="model-categories"
        rows={summary.modelByCategory}
        rowKey={(r) => r.key}
        columns={modelColumns('Top category')}
      />
      <FigureTable
        title="Model agreement per suggested action"
        name="model-actions"
        rows={summary.modelByAction}
        rowKey={(r) => r.key}
        columns={modelColumns('Suggested action')}
      />
      <FigureTable {...confusionMatrix(summary.confusion)} />
      <FigureTable
        title="Escalations by type"
        name="escalations"
        rows={summary.escalations}
        rowKey={(r) => r.action}
        columns={[
          { header: 'Action', csv: (r) => r.action, rowHeader: true },
          { header: 'Decisions', csv: (r) => r.count },
        ]}
      />
    </>
  );
}

import type { OpsSummary } from '../../utils/ops/summary-schema';
import type { Column } from './csv';
import { DataTable } from './data-table';
import { percent } from './format';

type ModelRow = OpsSummary['modelByAction'][number];

const modelColumns = (label: string): Column<ModelRow>[] => [
  { label, value: (r) => r.key },
  { label: 'Model suggested', value: (r) => r.suggested },
  { label: 'Reviewer overrode', value: (r) => r.overrode },
  { label: 'Override rate', value: (r) => r.overrideRate, show: (r) => percent(r.overrideRate) },
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
      <DataTable
        title="Model agreement per category"
        name="model-categories"
        rows={summary.modelByCategory}
        rowKey={(r) => r.key}
        columns={modelColumns('Top category')}
      />
      <DataTable
        title="Model agreement per suggested action"
        name="model-actions"
        rows={summary.modelByAction}
        rowKey={(r) => r.key}
        columns={modelColumns('Suggested action')}
      />
      <DataTable
        title="Model suggestion against final decision"
        name="confusion"
        rows={summary.confusion}
        rowKey={(r) => `${r.suggested}→${r.decided}`}
        columns={[
          { label: 'Model suggested', value: (r) => r.suggested },
          { label: 'Decided', value: (r) => r.decided },
          { label: 'Decisions', value: (r) => r.count },
        ]}
      />
      <DataTable
        title="Escalations by type"
        name="escalations"
        rows={summary.escalations}
        rowKey={(r) => r.action}
        columns={[
          { label: 'Action', value: (r) => r.action },
          { label: 'Decisions', value: (r) => r.count },
        ]}
      />
    </>
  );
}

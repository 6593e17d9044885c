import { useState } from 'react';
import type { Assessment } from '../../utils/assessment/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import {
  aboveFloor,
  categoryRows,
  overallLevel,
  type CategoryRow,
  type RiskLevel,
} from './score-view';

const LEVEL_STYLE: Record<RiskLevel, string> = {
  unknown: 'bg-zinc-100 text-zinc-700',
  low: 'bg-emerald-50 text-emerald-900',
  medium: 'bg-amber-50 text-amber-900',
  high: 'bg-red-50 text-red-900',
};

export const pct = (score: number) => `${Math.round(score * 100)}%`;

type ShowItem = ((itemId: string) => void) | undefined;

function Bar(props: { row: CategoryRow; itemLabel: (id: string) => string; onShowItem: ShowItem }) {
  const { row, itemLabel, onShowItem } = props;
  const first = row.itemIds[0];
  const over = row.threshold && row.score !== undefined && row.score >= row.threshold.value;
  return (
    <li data-testid="category-row" data-category={row.category} className="space-y-0.5">
      <div className="flex justify-between text-xs">
        {onShowItem && first ? (
          <button
            type="button"
            className="font-medium underline decoration-dotted"
            title="Show the message that drove this score in the console"
            onClick={() => onShowItem(first)}
          >
            {row.category}
          </button>
        ) : (
          <span className="font-medium">{row.category}</span>
        )}
        <span data-testid="category-score" className={over ? 'font-semibold text-red-700' : ''}>
          {row.score === undefined ? 'not scored' : pct(row.score)}
        </span>
      </div>
      <div className="relative h-1.5 rounded bg-zinc-100" aria-hidden>
        <div
          className={`h-1.5 rounded ${over ? 'bg-red-500' : 'bg-indigo-400'}`}
          style={{ width: pct(row.score ?? 0) }}
        />
        {row.threshold && (
          <div
            className="absolute -top-0.5 h-2.5 w-0.5 bg-zinc-700"
            style={{ left: pct(row.threshold.value) }}
          />
        )}
      </div>
      <p className="text-[11px] text-zinc-500">
        {row.threshold
          ? `Threshold ${pct(row.threshold.value)} (${row.threshold.policyTitle})`
          : 'No policy threshold'}
        {row.itemIds.length > 0 && ' · driven by '}
        {row.itemIds.slice(0, 3).map((id, index) => (
          <span key={id}>
            {index > 0 && ', '}
            {onShowItem ? (
              <button type="button" className="underline" onClick={() => onShowItem(id)}>
                {itemLabel(id)}
              </button>
            ) : (
              itemLabel(id)
            )}
          </span>
        ))}
      </p>
    </li>
  );
}

/** Overall level and the 13 categories, top first; near-zero ones wait behind "Show all". */
export function RiskOverview(props: {
  assessment: Assessment;
  pack: GuidancePack | undefined;
  itemLabel: (id: string) => string;
  onShowItem?: (itemId: string) => void;
}) {
  const [all, setAll] = useState(false);
  const rows = categoryRows(props.assessment, props.pack);
  const level = overallLevel(rows, props.assessment);
  const shown = all ? rows : rows.filter(aboveFloor);
  return (
    <div className="space-y-2">
      <p
        data-testid="risk-level"
        className={`rounded px-2 py-1 text-sm font-semibold ${LEVEL_STYLE[level]}`}
      >
        Risk: {level === 'unknown' ? 'not scored' : level}
      </p>
      <ul aria-label="Category scores" className="space-y-1.5">
        {shown.map((row) => (
          <Bar
            key={row.category}
            row={row}
            itemLabel={props.itemLabel}
            onShowItem={props.onShowItem}
          />
        ))}
      </ul>
      {shown.length === 0 && !all && (
        <p className="text-xs text-zinc-500">No category scored above {pct(0.05)}.</p>
      )}
      <button
        type="button"
        onClick={() => setAll(!all)}
        className="text-xs text-indigo-700 underline"
      >
        {all ? 'Show top categories only' : 'Show all 13 categories'}
      </button>
    </div>
  );
}

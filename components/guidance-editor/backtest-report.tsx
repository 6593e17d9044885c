import type { VersionScore } from '../../utils/guidance/backtest';
import type { BacktestReport as Report } from '../../utils/guidance/editor-messages';

const percent = (rate: number | null) => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`);

const SKIPPED: Record<string, string> = {
  'not-live': 'training or QA',
  reversed: 'reversed',
  reversal: 'reversals',
  'no-snapshot': 'without scores',
};

function ScoreRow(props: { name: string; score: VersionScore; total: number }) {
  const { score } = props;
  return (
    <tr data-testid="backtest-agreement-row">
      <td className="pr-3">{props.name}</td>
      <td className="pr-3 font-mono">{percent(score.matchRate)}</td>
      <td className="pr-3 font-mono">
        {score.matches} / {props.total}
      </td>
      <td className="font-mono">{score.noSuggestion}</td>
    </tr>
  );
}

/** What a backtest found: how many suggestions change, from what to what, and agreement. */
export function BacktestReport(props: { report: Report; label: (id: string | null) => string }) {
  const { result: r, fetched, skipped, casesRead, casesUnread } = props.report;
  const skippedText = Object.entries(skipped)
    .map(([reason, n]) => `${n} ${SKIPPED[reason] ?? reason}`)
    .join(', ');
  return (
    <div data-testid="backtest-report" className="space-y-2 text-sm">
      <p>
        Replayed {r.total} of the last {fetched} decisions
        {skippedText && ` (set aside: ${skippedText})`}. Signals ran on the {r.withText} whose case
        text was read ({casesRead} cases{casesUnread > 0 ? `, ${casesUnread} not read` : ''}).
      </p>
      {r.notReplayed > 0 && (
        <p data-testid="backtest-partial" className="font-semibold text-amber-700">
          Partial result: the time limit ran out with {r.notReplayed} decisions not replayed; every
          figure below covers only the {r.total} replayed.
        </p>
      )}
      <p data-testid="backtest-changed" className="font-semibold">
        {r.changed} suggestion{r.changed === 1 ? '' : 's'} would change: {r.fixed} now match the
        reviewer&apos;s decision, {r.broken} no longer do.
      </p>
      <table className="text-xs">
        <caption className="text-left font-medium">
          Agreement with reviewers&apos; decisions
        </caption>
        <thead className="text-left text-zinc-500">
          <tr>
            <th className="pr-3 font-normal">Guidance</th>
            <th className="pr-3 font-normal">Agreement</th>
            <th className="pr-3 font-normal">Matches</th>
            <th className="font-normal">No suggestion</th>
          </tr>
        </thead>
        <tbody>
          <ScoreRow name={`Published v${r.current.version}`} score={r.current} total={r.total} />
          <ScoreRow name={`Draft (v${r.candidate.version})`} score={r.candidate} total={r.total} />
        </tbody>
      </table>
      {r.transitions.length > 0 && (
        <table className="text-xs">
          <caption className="text-left font-medium">Changed suggestions</caption>
          <thead className="text-left text-zinc-500">
            <tr>
              <th className="pr-3 font-normal">From</th>
              <th className="pr-3 font-normal">To</th>
              <th className="font-normal">Decisions</th>
            </tr>
          </thead>
          <tbody>
            {r.transitions.map((t) => (
              <tr key={`${t.from}→${t.to}`} data-testid="backtest-transition">
                <td className="pr-3">{props.label(t.from)}</td>
                <td className="pr-3">→ {props.label(t.to)}</td>
                <td className="font-mono">{t.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {r.examples.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer">
            Decisions that change ({r.examples.length} shown)
          </summary>
          <ul className="mt-1 space-y-0.5 font-mono">
            {r.examples.map((e) => (
              <li key={e.id}>
                {e.id.slice(0, 8)}: {props.label(e.from)} → {props.label(e.to)}; reviewer chose{' '}
                {props.label(e.decided)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

import { useState } from 'react';
import { canonicalJson } from '../../utils/guidance/canonical';
import type { EditorBacktestAnswer } from '../../utils/guidance/editor-messages';
import { unreachableFailure } from '../../utils/guidance/editor-messages';
import type { GuidancePack } from '../../utils/guidance/schema';
import { sendRequest } from '../../utils/messaging/send';
import { BacktestReport } from './backtest-report';
import { NumberInput } from './editor-inputs';

export const DEFAULT_BACKTEST_DECISIONS = 1000;

/**
 * Replays the published and the draft guidance over the case API's last N decisions (in the
 * background, which fetches them) and reports what would change.
 */
export function BacktestSection(props: {
  base: GuidancePack;
  /** The draft as the schema reads it; undefined while it does not parse. */
  candidate?: GuidancePack;
  token?: string;
}) {
  const { base, candidate, token } = props;
  const [limit, setLimit] = useState<number | undefined>(DEFAULT_BACKTEST_DECISIONS);
  const [answer, setAnswer] = useState<{ of: string; answer: EditorBacktestAnswer }>();
  const [running, setRunning] = useState(false);
  const valid = limit !== undefined && Number.isInteger(limit) && limit >= 1 && limit <= 10_000;
  const labels = new Map(
    [...base.actions, ...(candidate?.actions ?? [])].map((a) => [a.id, a.label]),
  );
  const label = (id: string | null) => (id === null ? 'No suggestion' : (labels.get(id) ?? id));

  const run = () => {
    if (!candidate || !valid) return;
    const of = canonicalJson(candidate);
    setRunning(true);
    sendRequest({
      type: 'guidance:backtest',
      token,
      current: base,
      candidate: { ...candidate, version: base.version + 1 },
      limit,
    })
      .catch((error: unknown): EditorBacktestAnswer => unreachableFailure(error))
      .then((next) => setAnswer({ of, answer: next }))
      .finally(() => setRunning(false));
  };
  const stale = answer && candidate && answer.of !== canonicalJson(candidate);

  return (
    <section
      aria-labelledby="backtest-title"
      className="space-y-2 rounded border border-zinc-200 p-3"
    >
      <h2 id="backtest-title" className="font-semibold">
        Backtest
      </h2>
      <div className="flex items-end gap-2">
        <NumberInput
          label="Decisions to replay (newest first, up to 10,000)"
          className="w-72"
          value={limit}
          error={valid ? undefined : 'A whole number from 1 to 10,000.'}
          onChange={setLimit}
        />
        <button
          type="button"
          disabled={!candidate || !valid || running}
          onClick={run}
          className="rounded bg-indigo-600 px-3 py-1 text-sm text-white disabled:opacity-50"
        >
          {running ? 'Running…' : 'Run backtest'}
        </button>
      </div>
      {!candidate && (
        <p className="text-xs text-zinc-500">Fix the draft&apos;s problems to run a backtest.</p>
      )}
      {stale && (
        <p role="status" className="text-xs text-amber-800">
          The draft changed since this backtest: run it again.
        </p>
      )}
      {answer &&
        (answer.answer.ok ? (
          <BacktestReport report={answer.answer} label={label} />
        ) : (
          <p role="alert" className="text-sm text-red-700">
            Backtest failed: {answer.answer.message}
          </p>
        ))}
    </section>
  );
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GuidancePack } from '../../utils/guidance/schema';
import type { GoldSet } from '../../utils/training/schema';
import { judgedOnFor } from '../../utils/training/trainee-report';
import { agreementMark } from '../../utils/training/verdict';
import type { TrainerAnswers } from '../../utils/training/trainer-messages';
import { AssignSection } from './assign-section';
import { TrainingDashboard } from './dashboard/training-dashboard';
import { GoldItemsTable } from './gold-items-table';
import { sendTrainer } from './send-trainer';

/** One gold set: its cases and answers, its trainees, and how they are doing. */
export function GoldSetView(props: {
  token?: string;
  setId: string;
  pack: GuidancePack;
  /** The set as just created or assigned, so it shows without another read. */
  known?: GoldSet;
  onChanged: () => void;
}) {
  const { token, setId, pack } = props;
  const [set, setSet] = useState<TrainerAnswers['get-set'] | undefined>(
    props.known && { ok: true, set: props.known },
  );
  const [attempts, setAttempts] = useState<TrainerAnswers['attempts']>();
  const [refreshing, setRefreshing] = useState(false);

  // The set too: a refresh should show trainees another trainer assigned meanwhile.
  const load = useCallback(
    () =>
      Promise.all([
        sendTrainer(token, { op: 'get-set', setId }),
        sendTrainer(token, { op: 'attempts', setId }),
      ]).then(([nextSet, nextAttempts]) => {
        setSet(nextSet);
        setAttempts(nextAttempts);
        setRefreshing(false);
      }),
    [token, setId],
  );
  useEffect(() => void load(), [load]);
  const escalating = useMemo(
    () => new Set(pack.actions.filter((a) => a.escalates).map((a) => a.id)),
    [pack],
  );
  const labels = useMemo(
    () => ({
      action: (id: string) => pack.actions.find((a) => a.id === id)?.label ?? id,
      policy: (id: string) => pack.policies.find((p) => p.id === id)?.title ?? id,
    }),
    [pack],
  );

  if (!set) return <p className="text-sm text-zinc-500">Reading the gold set…</p>;
  if (!set.ok) {
    return (
      <p role="alert" className="text-sm text-red-700">
        Cannot read the gold set: {set.message}
      </p>
    );
  }
  const { passMark } = set.set;
  return (
    <section
      aria-label={`Gold set ${set.set.title}`}
      className="space-y-4 rounded border border-zinc-200 p-4"
    >
      <header>
        <h2 className="text-lg font-semibold">{set.set.title}</h2>
        {set.set.description && <p className="text-sm text-zinc-600">{set.set.description}</p>}
        <p className="text-xs text-zinc-500">
          Created by {set.set.createdBy}, {new Date(set.set.createdAt).toLocaleString()}. Pass mark:{' '}
          {agreementMark(passMark, judgedOnFor(set.set.items))}, must-escalate accuracy ≥{' '}
          {Math.round(passMark.minMustEscalateAccuracy * 100)} %.
        </p>
      </header>
      <GoldItemsTable items={set.set.items} pack={pack} />
      <AssignSection
        token={token}
        set={set.set}
        onAssigned={(next) => {
          setSet({ ok: true, set: next });
          props.onChanged();
        }}
      />
      <section aria-label="Progress" className="space-y-2">
        <div className="flex items-center justify-between">
          <h3 className="text-sm font-semibold">Progress</h3>
          <button
            type="button"
            disabled={refreshing}
            onClick={() => {
              setRefreshing(true);
              void load();
            }}
            className="rounded border border-zinc-300 px-2 py-1 text-xs disabled:opacity-50"
          >
            Refresh progress
          </button>
        </div>
        {!attempts ? (
          <p className="text-xs text-zinc-500">Reading attempts…</p>
        ) : !attempts.ok ? (
          <p role="alert" className="text-xs text-red-700">
            Cannot read attempts: {attempts.message}
          </p>
        ) : (
          <TrainingDashboard
            set={set.set}
            attempts={attempts.attempts}
            escalatingActions={escalating}
            labels={labels}
          />
        )}
      </section>
    </section>
  );
}

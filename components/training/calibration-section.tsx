import { useEffect, useState } from 'react';
import type { GoldSetSummary } from '../../utils/training/schema';
import type { TrainerAnswers } from '../../utils/training/trainer-messages';
import { Select } from '../guidance-editor/editor-choices';
import { NumberInput } from '../guidance-editor/editor-inputs';
import { sendTrainer } from './send-trainer';

/** The case API's bound: half a live queue of gold cases is already more practice than work. */
const MAX_PERCENT = 50;

/** Live calibration for the team: how often gold cases are slipped into live queues, from which set. */
export function CalibrationSection(props: { token?: string; sets: readonly GoldSetSummary[] }) {
  const { token } = props;
  const [loaded, setLoaded] = useState<TrainerAnswers['get-calibration']>();
  const [setId, setSetId] = useState('');
  const [percent, setPercent] = useState<number | undefined>(0);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();

  useEffect(() => {
    let current = true;
    void sendTrainer(token, { op: 'get-calibration' }).then((answer) => {
      if (!current) return;
      setLoaded(answer);
      if (!answer.ok) return;
      setSetId(answer.calibration.setId ?? '');
      setPercent(Math.round(answer.calibration.rate * 1000) / 10);
    });
    return () => {
      current = false;
    };
  }, [token]);

  const invalid =
    percent === undefined || Number.isNaN(percent) || percent < 0 || percent > MAX_PERCENT;

  async function save() {
    if (invalid) return;
    const calibration = { rate: percent / 100, setId: setId || null };
    const answer = await sendTrainer(token, { op: 'set-calibration', calibration });
    if (!answer.ok) return setOutcome({ ok: false, message: answer.message });
    const { rate, setId: saved } = answer.calibration;
    const title = props.sets.find((s) => s.id === saved)?.title ?? saved;
    setOutcome({
      ok: true,
      message:
        saved && rate > 0
          ? `Saved: ${Math.round(rate * 1000) / 10} % of live cases come from “${title}”.`
          : 'Saved: live calibration is off.',
    });
  }

  const options = [
    { value: '', label: 'Off' },
    ...props.sets.map((s) => ({ value: s.id, label: s.title })),
  ];
  return (
    <section aria-label="Live calibration" className="space-y-2 rounded border border-zinc-200 p-4">
      <h2 className="text-lg font-semibold">Live calibration</h2>
      <p className="text-xs text-zinc-600">
        Slips gold cases from the chosen set into every reviewer&apos;s live queue at this rate,
        looking like any other case; their decisions are scored as calibration attempts, never filed
        as live decisions.
      </p>
      {loaded && !loaded.ok && (
        <p role="alert" className="text-xs text-red-700">
          Cannot read the calibration setting: {loaded.message}
        </p>
      )}
      <div className="flex items-end gap-3">
        <Select
          label="Calibration gold set"
          value={setId}
          options={options}
          onChange={setSetId}
          className="w-64"
        />
        <NumberInput
          label="Calibration rate (%)"
          value={percent}
          error={invalid ? `From 0 to ${MAX_PERCENT}` : undefined}
          onChange={setPercent}
          className="w-40"
        />
        <button
          type="button"
          disabled={!loaded?.ok || invalid}
          onClick={() => void save()}
          className="mb-0.5 rounded bg-indigo-600 px-3 py-1.5 text-sm text-white disabled:opacity-50"
        >
          Save calibration
        </button>
      </div>
      {outcome && (
        <p
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="calibration-outcome"
          className={`text-xs ${outcome.ok ? 'text-emerald-800' : 'text-red-700'}`}
        >
          {outcome.message}
        </p>
      )}
    </section>
  );
}

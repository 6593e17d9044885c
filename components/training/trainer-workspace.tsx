import { useCallback, useEffect, useState } from 'react';
import type { GuidancePack } from '../../utils/guidance/schema';
import type { GoldSet } from '../../utils/training/schema';
import type { TrainerAnswers } from '../../utils/training/trainer-messages';
import { CalibrationSection } from './calibration-section';
import { GoldSetView } from './gold-set-view';
import { GoldSetsList } from './gold-sets-list';
import { NewGoldSet } from './new-gold-set';
import { sendTrainer } from './send-trainer';

/**
 * Everything a trainer or admin token may do. Mounted per token, so switching tokens starts
 * from a clean page rather than showing one token's sets under another's name.
 */
export function TrainerWorkspace(props: { token?: string; pack: GuidancePack }) {
  const { token, pack } = props;
  const [sets, setSets] = useState<TrainerAnswers['list-sets']>();
  const [selected, setSelected] = useState<{ id: string; known?: GoldSet }>();
  const [creating, setCreating] = useState(false);

  const loadSets = useCallback(() => {
    void sendTrainer(token, { op: 'list-sets' }).then(setSets);
  }, [token]);
  useEffect(loadSets, [loadSets]);

  return (
    <>
      <section aria-label="Gold sets" className="space-y-2 rounded border border-zinc-200 p-4">
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-semibold">Gold sets</h2>
          {!creating && (
            <button
              type="button"
              onClick={() => setCreating(true)}
              className="rounded bg-indigo-600 px-3 py-1.5 text-sm text-white"
            >
              New gold set
            </button>
          )}
        </div>
        <GoldSetsList
          answer={sets}
          selectedId={selected?.id}
          onOpen={(id) => setSelected({ id })}
          onReload={loadSets}
        />
      </section>
      {creating && (
        <NewGoldSet
          token={token}
          pack={pack}
          onCancel={() => setCreating(false)}
          onCreated={(set) => {
            setCreating(false);
            setSelected({ id: set.id, known: set });
            loadSets();
          }}
        />
      )}
      {selected && (
        <GoldSetView
          key={selected.id}
          token={token}
          setId={selected.id}
          known={selected.known}
          pack={pack}
          onChanged={loadSets}
        />
      )}
      <CalibrationSection token={token} sets={sets?.ok ? sets.sets : []} />
    </>
  );
}

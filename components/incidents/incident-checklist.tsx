import type { IncidentChecklist as Checklist } from '../../utils/incidents/schema';

/** The playbook's steps as checkboxes, each saying who ticked it and when. */
export function IncidentChecklist(props: {
  checklist: Checklist;
  editable: boolean;
  tick: (step: number, done: boolean) => Promise<void>;
}) {
  const { checklist, editable, tick } = props;
  const done = checklist.steps.filter((s) => s.done).length;
  return (
    <section aria-labelledby="checklist-title" className="space-y-1">
      <h2 id="checklist-title" className="font-semibold">
        Playbook{checklist.playbookTitle ? `: ${checklist.playbookTitle}` : ''}
      </h2>
      {checklist.steps.length === 0 ? (
        <p>This incident has no playbook.</p>
      ) : (
        <>
          <p data-testid="checklist-progress">
            {done} of {checklist.steps.length} steps done
          </p>
          <progress value={done} max={checklist.steps.length} aria-label="Checklist progress" />
          <ul className="space-y-1">
            {checklist.steps.map((s) => (
              <li key={s.step} data-testid="checklist-step">
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    checked={s.done}
                    disabled={!editable}
                    onChange={(event) => void tick(s.step, event.target.checked)}
                  />
                  <span>
                    {s.text}
                    {s.by && s.at && (
                      <span className="block text-xs text-slate-600" data-testid="step-by">
                        {s.done ? 'Ticked' : 'Unticked'} by {s.by},{' '}
                        {new Date(s.at).toLocaleString()}
                      </span>
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import type { GuidancePack } from '../../utils/guidance/schema';
import { missingSteps, playbooksFor, tickKey } from './checklist-gate';

/**
 * The lead's checklist for an escalating action (self-harm resources, minors, credible
 * threats), shown the moment the reviewer picks it. The ticks go on the decision; a required
 * playbook holds the decision back until every step is ticked, and says which are left.
 */
export function PlaybookChecklist(props: {
  pack: GuidancePack;
  actionId?: string;
  ticks: readonly string[];
  onChange: (ticks: string[]) => void;
}) {
  const { pack, actionId, ticks, onChange } = props;
  const playbooks = playbooksFor(pack, actionId);
  if (playbooks.length === 0) return null;
  return (
    <div
      data-testid="playbook"
      className="space-y-1 rounded border border-amber-300 bg-amber-50 p-2"
    >
      {playbooks.map((playbook) => {
        const missing = missingSteps(playbook, ticks);
        return (
          <fieldset key={playbook.id} className="text-xs">
            <legend className="font-semibold text-amber-900">
              {playbook.title}
              {playbook.required && ' (required)'}
            </legend>
            {playbook.steps.map((step, index) => {
              const key = tickKey(playbook.id, index);
              return (
                <label key={key} className="flex items-start gap-1">
                  <input
                    type="checkbox"
                    checked={ticks.includes(key)}
                    onChange={(e) =>
                      onChange(e.target.checked ? [...ticks, key] : ticks.filter((t) => t !== key))
                    }
                  />
                  <span>{step}</span>
                </label>
              );
            })}
            {playbook.required && (
              <p data-testid="checklist-gate" className="mt-1 text-amber-900">
                {missing.length === 0
                  ? 'All steps ticked: the decision can be submitted.'
                  : `Submitting waits until every step is ticked (${missing.length} left).`}
              </p>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}

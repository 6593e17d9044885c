import { useState } from 'react';
import type { GuidancePack } from '../../utils/guidance/schema';

/**
 * The lead's checklist for an escalating action (self-harm resources, minors, credible
 * threats), shown the moment the reviewer picks it. Ticking is an aid to memory for this
 * case only; it is not recorded or required.
 */
export function PlaybookChecklist({ pack, actionId }: { pack: GuidancePack; actionId?: string }) {
  const playbooks = pack.playbooks.filter((p) => p.actionId === actionId);
  const [done, setDone] = useState<Set<string>>(new Set());
  if (playbooks.length === 0) return null;
  return (
    <div
      data-testid="playbook"
      className="space-y-1 rounded border border-amber-300 bg-amber-50 p-2"
    >
      {playbooks.map((playbook) => (
        <fieldset key={playbook.id} className="text-xs">
          <legend className="font-semibold text-amber-900">{playbook.title}</legend>
          {playbook.steps.map((step, index) => {
            const key = `${playbook.id}:${index}`;
            return (
              <label key={key} className="flex items-start gap-1">
                <input
                  type="checkbox"
                  checked={done.has(key)}
                  onChange={(e) => {
                    const next = new Set(done);
                    if (e.target.checked) next.add(key);
                    else next.delete(key);
                    setDone(next);
                  }}
                />
                <span>{step}</span>
              </label>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}

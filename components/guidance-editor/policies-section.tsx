import { useState } from 'react';
import type { GuidancePack } from '../../utils/guidance/schema';
import type { PackIssue } from '../../utils/guidance/validate';
import { freshId, issuesUnder, removeAt, replaceAt } from './draft-edits';
import { PolicyForm } from './policy-form';

/** The pack's policies: a list to pick from, and the picked one's form. */
export function PoliciesSection(props: {
  pack: GuidancePack;
  issues: readonly PackIssue[];
  onChange: (policies: GuidancePack['policies']) => void;
}) {
  const { pack, issues, onChange } = props;
  const [picked, setPicked] = useState(0);
  const index = Math.min(picked, pack.policies.length - 1);
  const policy = pack.policies[index];
  const actions = pack.actions.map((a) => ({ value: a.id, label: a.label }));
  const add = () => {
    const id = freshId(pack.policies, 'new-policy');
    const action = pack.actions.find((a) => a.severity !== 'none')?.id ?? pack.actions[0]!.id;
    onChange([
      ...pack.policies,
      { id, title: 'New policy', body: '', categories: [], thresholds: {}, action, examples: [] },
    ]);
    setPicked(pack.policies.length);
  };
  return (
    <div className="flex gap-4">
      <nav aria-label="Policies" className="w-56 shrink-0 space-y-1">
        <ul className="space-y-0.5">
          {pack.policies.map((p, i) => {
            const problems = issuesUnder(issues, `policies.${i}`);
            return (
              <li key={i}>
                <button
                  type="button"
                  aria-current={i === index ? 'true' : undefined}
                  onClick={() => setPicked(i)}
                  className={`w-full rounded px-2 py-1 text-left text-sm ${
                    i === index ? 'bg-indigo-100 font-semibold' : 'hover:bg-zinc-100'
                  }`}
                >
                  {p.title || p.id}
                  {problems > 0 && (
                    <span className="ml-1 text-xs text-red-700">({problems} to fix)</span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" className="text-xs text-indigo-700 underline" onClick={add}>
          Add policy
        </button>
      </nav>
      {policy ? (
        <div className="flex-1 space-y-2">
          <PolicyForm
            key={index}
            policy={policy}
            path={`policies.${index}`}
            actions={actions}
            issues={issues}
            onChange={(next) => onChange(replaceAt(pack.policies, index, next))}
          />
          <button
            type="button"
            className="text-xs text-red-700 underline"
            onClick={() => onChange(removeAt(pack.policies, index))}
          >
            Remove this policy
          </button>
        </div>
      ) : (
        <p className="text-sm text-zinc-500">No policies yet.</p>
      )}
    </div>
  );
}

import { useId } from 'react';
import type { Writer } from '../../utils/case/writer/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import { useRecentCases } from './use-recent-cases';

export interface TestFieldValues {
  console: string;
  caseId: string;
  action: string;
  policyId: string;
  note: string;
}

const field = 'w-full rounded border border-zinc-300 px-2 py-1 text-sm';

/** The test decision: which ticket, and the action, policy and note of the installed guidance. */
export function TestFields(props: {
  writer: Writer;
  pack: GuidancePack;
  value: TestFieldValues;
  onChange: (value: TestFieldValues) => void;
}) {
  const id = useId();
  const { value, pack } = props;
  const recent = useRecentCases(value.console);
  const set = (change: Partial<TestFieldValues>) => props.onChange({ ...value, ...change });

  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <label className="block">
          Console
          <select
            className={field}
            value={value.console}
            onChange={(e) => set({ console: e.target.value })}
          >
            {props.writer.consoles.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label className="block">
          Case id (the console’s own)
          <input
            className={field}
            list={`${id}-recent`}
            aria-describedby={`${id}-hint`}
            value={value.caseId}
            onChange={(e) => set({ caseId: e.target.value })}
          />
          <datalist id={`${id}-recent`}>
            {recent.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <label className="block">
          Action
          <select
            className={field}
            value={value.action}
            onChange={(e) => set({ action: e.target.value })}
          >
            {pack.actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          Policy (optional)
          <select
            className={field}
            value={value.policyId}
            onChange={(e) => set({ policyId: e.target.value })}
          >
            <option value="">None</option>
            {pack.policies.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="block">
        Note (optional)
        <textarea
          className={field}
          rows={2}
          value={value.note}
          onChange={(e) => set({ note: e.target.value })}
        />
      </label>
      <p id={`${id}-hint`} className="text-xs text-zinc-600">
        {recent.length
          ? `Decided lately in ${value.console}: ${recent.join(', ')} (offered in the case id field).`
          : 'Use a ticket you may write on: Send once really writes to it.'}
      </p>
    </>
  );
}

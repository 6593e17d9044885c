import type { GuidancePack, GuidanceSignal } from '../../utils/guidance/schema';
import type { PackIssue } from '../../utils/guidance/validate';
import { freshId, issueAt, removeAt, replaceAt } from './draft-edits';
import { Select } from './editor-choices';
import { TextInput } from './editor-inputs';

const KINDS = [
  { value: 'keyword', label: 'keyword' },
  { value: 'regex', label: 'regex' },
  { value: 'domain', label: 'domain' },
];

const PATTERN_HINT: Record<GuidanceSignal['kind'], string> = {
  keyword: 'Matched as whole words, ignoring case.',
  regex: 'JavaScript syntax; (?i) for ignore-case. Checked for catastrophic backtracking.',
  domain: 'A host name; its subdomains match too.',
};

/** Local signals: words, patterns and link domains that point a case to a policy. */
export function SignalsSection(props: {
  pack: GuidancePack;
  issues: readonly PackIssue[];
  onChange: (signals: GuidancePack['signals']) => void;
}) {
  const { pack, issues, onChange } = props;
  const signals = pack.signals;
  const policies = pack.policies.map((p) => ({ value: p.id, label: p.title }));
  return (
    <div className="space-y-2">
      {signals.map((signal, i) => {
        const at = (field: string) => issueAt(issues, `signals.${i}.${field}`);
        const set = (patch: Partial<GuidanceSignal>) =>
          onChange(replaceAt(signals, i, { ...signal, ...patch }));
        return (
          <div
            key={i}
            data-testid="signal-row"
            className="grid grid-cols-[10rem_6rem_1fr_12rem_auto] items-start gap-2 rounded border border-zinc-200 p-2"
          >
            <TextInput
              label="Signal id"
              mono
              value={signal.id}
              error={at('id')}
              onChange={(id) => set({ id })}
            />
            <Select
              label="Kind"
              value={signal.kind}
              options={KINDS}
              error={at('kind')}
              onChange={(kind) => set({ kind: kind as GuidanceSignal['kind'] })}
            />
            <TextInput
              label="Pattern"
              mono
              value={signal.pattern}
              error={at('pattern')}
              hint={PATTERN_HINT[signal.kind]}
              onChange={(pattern) => set({ pattern })}
            />
            <Select
              label="Policy"
              value={signal.policyId}
              options={policies}
              error={at('policyId')}
              onChange={(policyId) => set({ policyId })}
            />
            <button
              type="button"
              className="pt-5 text-xs text-red-700 underline"
              onClick={() => onChange(removeAt(signals, i))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="text-xs text-indigo-700 underline"
        onClick={() =>
          onChange([
            ...signals,
            {
              id: freshId(signals, 'new-signal'),
              kind: 'keyword',
              pattern: '',
              policyId: pack.policies[0]?.id ?? '',
            },
          ])
        }
      >
        Add signal
      </button>
    </div>
  );
}

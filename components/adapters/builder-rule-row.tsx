import type { BuilderRule, RuleRow } from './builder-draft';

const INPUT = 'w-full rounded border border-zinc-300 px-1 py-0.5 font-mono text-xs';

/** One field of the adapter: pick it on the page, or type and adjust the selector. */
export function BuilderRuleRow(props: {
  row: RuleRow;
  rule: BuilderRule | undefined;
  picking: boolean;
  onPick: () => void;
  onChange: (rule: BuilderRule) => void;
}) {
  const { row, rule, picking } = props;
  const value = rule ?? { selector: '' };
  const set = (change: Partial<BuilderRule>) => props.onChange({ ...value, ...change });
  return (
    <fieldset
      className="space-y-1 rounded border border-zinc-200 p-2"
      data-testid={`rule-${row.path}`}
    >
      <legend className="px-1 text-xs font-medium">{row.label}</legend>
      <div className="flex gap-1">
        <input
          aria-label={`${row.label} selector`}
          className={INPUT}
          value={value.selector}
          placeholder="CSS selector"
          onChange={(e) => set({ selector: e.target.value, picked: undefined })}
        />
        <button
          type="button"
          onClick={props.onPick}
          aria-pressed={picking}
          className="shrink-0 rounded border border-indigo-300 px-2 text-xs text-indigo-800"
        >
          {picking ? 'Picking… (Esc)' : 'Pick'}
        </button>
      </div>
      {row.kind !== 'items' && (
        <div className="flex gap-1">
          <input
            aria-label={`${row.label} attribute`}
            className={INPUT}
            value={value.attribute ?? ''}
            placeholder="attribute (optional)"
            onChange={(e) => set({ attribute: e.target.value })}
          />
          <input
            aria-label={`${row.label} regex`}
            className={INPUT}
            value={value.regex ?? ''}
            placeholder="regex (optional)"
            onChange={(e) => set({ regex: e.target.value })}
          />
        </div>
      )}
      {value.picked && (
        <p className="truncate text-xs text-zinc-500">
          {value.picked.count} {value.picked.count === 1 ? 'match' : 'matches'} ·{' '}
          {value.picked.sample}
        </p>
      )}
    </fieldset>
  );
}

import { useId, useState } from 'react';
import {
  GOLD_IMPORT_FORMAT,
  parseGoldImport,
  type GoldImport,
} from '../../utils/training/gold-import';
import { describeIssue, type PathIssue } from '../../utils/training/issue-paths';

/**
 * Gold cases from a JSON file. A file with any problem adds nothing: half a file would leave
 * the trainer guessing which cases made it in.
 */
export function GoldFileImport(props: { onImport: (file: GoldImport) => void }) {
  const id = useId();
  const [outcome, setOutcome] = useState<
    | { kind: 'added'; count: number; name: string }
    | { kind: 'refused'; name: string; issues: PathIssue[] }
  >();

  async function read(file: File) {
    const parsed = parseGoldImport(await file.text());
    if (!parsed.ok) return setOutcome({ kind: 'refused', name: file.name, issues: parsed.issues });
    props.onImport(parsed.value);
    setOutcome({ kind: 'added', name: file.name, count: parsed.value.items.length });
  }

  return (
    <section aria-label="Import gold cases" className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        Import gold cases (JSON file)
      </label>
      <p className="text-[11px] text-zinc-500">
        Format <code>{GOLD_IMPORT_FORMAT}</code>: each item holds the case and its expected answer;
        see the example file shipped with Caselight.
      </p>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        className="text-xs"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {outcome?.kind === 'added' && (
        <p role="status" className="text-xs text-emerald-800">
          Added {outcome.count} gold case{outcome.count === 1 ? '' : 's'} from {outcome.name}.
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div role="alert" data-testid="import-errors" className="text-xs text-red-700">
          <p className="font-semibold">
            {outcome.name} was not imported: {outcome.issues.length} problem
            {outcome.issues.length === 1 ? '' : 's'}.
          </p>
          <ul className="list-disc pl-5 font-mono">
            {outcome.issues.slice(0, 50).map((issue, i) => (
              <li key={i}>{describeIssue(issue)}</li>
            ))}
            {outcome.issues.length > 50 && <li>…and {outcome.issues.length - 50} more.</li>}
          </ul>
        </div>
      )}
    </section>
  );
}

import type { GuidancePack } from '../../utils/guidance/schema';
import type { PackIssue } from '../../utils/guidance/validate';
import { issuesUnder } from './draft-edits';

export type Section = 'policies' | 'actions' | 'signals' | 'playbooks' | 'wellness';

const TITLES: Record<Section, string> = {
  policies: 'Policies',
  actions: 'Actions',
  signals: 'Signals',
  playbooks: 'Playbooks',
  wellness: 'Reviewer wellness',
};

/** One tab per part of the pack, with its size and how many of its fields need fixing. */
export function SectionTabs(props: {
  pack: GuidancePack;
  issues: readonly PackIssue[];
  current: Section;
  onPick: (section: Section) => void;
}) {
  return (
    <div role="tablist" aria-label="Guidance parts" className="flex gap-1 border-b border-zinc-200">
      {(Object.keys(TITLES) as Section[]).map((section) => {
        const problems = issuesUnder(props.issues, section);
        const selected = section === props.current;
        const part = props.pack[section];
        return (
          <button
            key={section}
            type="button"
            role="tab"
            aria-selected={selected}
            onClick={() => props.onPick(section)}
            className={`rounded-t px-3 py-1.5 text-sm ${
              selected ? 'border border-b-white border-zinc-200 bg-white font-semibold' : ''
            }`}
          >
            {TITLES[section]}
            {Array.isArray(part) && ` (${part.length})`}
            {problems > 0 && <span className="ml-1 text-red-700">· {problems} to fix</span>}
          </button>
        );
      })}
    </div>
  );
}

import type { PackChange, PackSection } from '../../utils/guidance/diff';
import type { TextPart } from '../../utils/guidance/diff-text';

/** What changed in a guidance update, one line per item; changed policy text word by word. */

const SECTION_TITLES: Record<PackSection, string> = {
  policies: 'Policies',
  actions: 'Actions',
  signals: 'Signals',
  playbooks: 'Playbooks',
  wellness: 'Reviewer wellness',
};

function TextDiff({ parts }: { parts: TextPart[] }) {
  return (
    <p className="mt-1 rounded bg-white p-1.5 whitespace-pre-wrap text-zinc-700">
      {parts.map((part, index) =>
        part.op === 'added' ? (
          <ins key={index} className="bg-emerald-100 text-emerald-900 no-underline">
            {part.text}
          </ins>
        ) : part.op === 'removed' ? (
          <del key={index} className="bg-rose-100 text-rose-900">
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

export function GuidanceDiff(props: { changes: PackChange[]; moreChanges: number }) {
  if (props.changes.length === 0) {
    return <p className="mt-2 text-zinc-600">No policy, action or signal changed.</p>;
  }
  const sections = (Object.keys(SECTION_TITLES) as PackSection[])
    .map((section) => ({ section, changes: props.changes.filter((c) => c.section === section) }))
    .filter((group) => group.changes.length > 0);
  return (
    <div className="mt-2 space-y-2" data-testid="guidance-diff">
      {sections.map(({ section, changes }) => (
        <section key={section} aria-label={SECTION_TITLES[section]}>
          <h3 className="font-semibold">{SECTION_TITLES[section]}</h3>
          <ul className="mt-0.5 space-y-1">
            {changes.map((change) => (
              <li key={`${change.section}:${change.id}`}>
                {change.summary}
                {change.text && <TextDiff parts={change.text} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {props.moreChanges > 0 && <p>…and {props.moreChanges} more changes.</p>}
    </div>
  );
}

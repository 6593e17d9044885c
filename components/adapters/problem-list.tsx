/** Validation problems, each naming its field, announced to screen readers. */
export function ProblemList({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  // The alert wraps the list: as the list's own role it took away the list semantics its items
  // need (axe: listitem, serious).
  return (
    <div role="alert" data-testid="adapter-problems">
      <ul className="mt-1 list-disc pl-5 text-sm text-red-700">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

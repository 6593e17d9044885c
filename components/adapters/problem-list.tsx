/** Validation problems, each naming its field, announced to screen readers. */
export function ProblemList({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <ul
      role="alert"
      className="mt-1 list-disc pl-5 text-sm text-red-700"
      data-testid="adapter-problems"
    >
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

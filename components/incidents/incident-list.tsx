import type { Incident } from '../../utils/incidents/schema';

/** Every incident, open ones first, each linking to its page. */
export function IncidentList({ incidents }: { incidents: Incident[] }) {
  const sorted = incidents.toSorted(
    (a, b) =>
      Number(a.closedAt !== undefined) - Number(b.closedAt !== undefined) ||
      b.declaredAt.localeCompare(a.declaredAt),
  );
  return (
    <section aria-labelledby="incidents-title" className="space-y-2">
      <h1 id="incidents-title" className="text-lg font-semibold">
        Incidents
      </h1>
      {sorted.length === 0 && <p>No incident has been declared.</p>}
      <ul className="space-y-1" data-testid="incident-list">
        {sorted.map((incident) => (
          <li key={incident.id}>
            <a className="underline" href={`?id=${encodeURIComponent(incident.id)}`}>
              {incident.title}
            </a>{' '}
            ({incident.severity}, {incident.closedAt === undefined ? 'open' : 'closed'}, declared{' '}
            {new Date(incident.declaredAt).toLocaleString()})
          </li>
        ))}
      </ul>
    </section>
  );
}

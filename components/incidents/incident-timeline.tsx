import type { IncidentActivity } from '../../utils/incidents/schema';

/**
 * Matches and decisions per hour as a table whose cells carry a bar: the numbers stay text a
 * screen reader reads in order, and a day of hours needs no chart library (none is bundled).
 */
export function IncidentTimeline({ activity }: { activity: IncidentActivity }) {
  const most = Math.max(1, ...activity.hours.flatMap((h) => [h.matches, h.decisions]));
  const bar = (n: number, tone: string) => (
    <span className="flex items-center gap-2">
      <span className="w-8 text-right tabular-nums">{n}</span>
      <span
        aria-hidden="true"
        className={`h-2 rounded ${tone}`}
        style={{ width: `${(n / most) * 8}rem` }}
      />
    </span>
  );
  return (
    <section aria-labelledby="timeline-title" className="space-y-2">
      <h2 id="timeline-title" className="font-semibold">
        Timeline: {activity.matches} matched cases, {activity.decisions} decisions
      </h2>
      {activity.hours.length === 0 ? (
        <p>No case has matched yet.</p>
      ) : (
        <table data-testid="incident-timeline" className="border-collapse">
          <thead>
            <tr className="text-left">
              <th scope="col" className="pr-4">
                Hour (UTC)
              </th>
              <th scope="col" className="pr-4">
                Matches
              </th>
              <th scope="col">Decisions</th>
            </tr>
          </thead>
          <tbody>
            {activity.hours.map((h) => (
              <tr key={h.hour} data-hour={h.hour}>
                <th scope="row" className="pr-4 text-left font-normal">
                  {h.hour.slice(0, 13).replace('T', ' ')}:00
                </th>
                <td className="pr-4" data-testid="hour-matches">
                  {bar(h.matches, 'bg-amber-500')}
                </td>
                <td data-testid="hour-decisions">{bar(h.decisions, 'bg-sky-600')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

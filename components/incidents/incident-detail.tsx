import type { IncidentPageRequest, IncidentView } from '../../utils/incidents/page-messages';
import { IncidentChecklist } from './incident-checklist';
import { IncidentTimeline } from './incident-timeline';

/** One incident: its state, timeline, reviewers and checklist, and close while it is open. */
export function IncidentDetail(props: {
  view: IncidentView;
  busy: boolean;
  send: (request: IncidentPageRequest) => Promise<void>;
}) {
  const { view, busy, send } = props;
  const { incident, activity, checklist } = view;
  const open = incident.closedAt === undefined;
  return (
    <>
      <header className="space-y-1">
        <p>
          <a className="underline" href="?">
            All incidents
          </a>
        </p>
        <h1 className="text-lg font-semibold">{incident.title}</h1>
        <p data-testid="incident-state">
          {incident.severity} · declared {new Date(incident.declaredAt).toLocaleString()} by{' '}
          {incident.declaredBy} ·{' '}
          {open
            ? 'open'
            : `closed ${new Date(incident.closedAt ?? '').toLocaleString()} by ${incident.closedBy}`}
        </p>
        {open && (
          <button
            type="button"
            disabled={busy}
            className="rounded border border-red-400 px-3 py-1 text-red-800"
            onClick={() => {
              if (confirm('Close this incident? Its banner and overlay leave every panel.')) {
                void send({ op: 'close', id: incident.id });
              }
            }}
          >
            Close incident
          </button>
        )}
      </header>
      <IncidentTimeline activity={activity} />
      <section aria-labelledby="reviewers-title" className="space-y-1">
        <h2 id="reviewers-title" className="font-semibold">
          Reviewers involved
        </h2>
        {activity.reviewers.length === 0 ? (
          <p>No decision is tagged with this incident yet.</p>
        ) : (
          <ul data-testid="incident-reviewers">
            {activity.reviewers.map((r) => (
              <li key={r.id}>
                {r.name}: {r.decisions} {r.decisions === 1 ? 'decision' : 'decisions'}
              </li>
            ))}
          </ul>
        )}
      </section>
      <IncidentChecklist
        checklist={checklist}
        editable={open && !busy}
        tick={(step, done) => send({ op: 'tick', id: incident.id, step, done })}
      />
    </>
  );
}

import { browser } from 'wxt/browser';
import type { GuidancePack } from '../../utils/guidance/schema';
import type { Incident } from '../../utils/incidents/schema';

const TONE: Record<Incident['severity'], string> = {
  low: 'border-sky-300 bg-sky-50 text-sky-950',
  medium: 'border-amber-300 bg-amber-50 text-amber-950',
  high: 'border-orange-400 bg-orange-50 text-orange-950',
  critical: 'border-red-500 bg-red-50 text-red-950',
};

/**
 * One banner per open incident, for every reviewer whatever case is on screen; the one the
 * case matches says so, with the overlay's suggestion. The playbook is the guidance's own
 * (there is no link to follow outside the panel), so its steps open in place.
 */
export function IncidentBanners(props: {
  incidents: Incident[];
  matched: Incident[];
  pack?: GuidancePack;
}) {
  const { incidents, matched, pack } = props;
  if (incidents.length === 0) return null;
  const label = (id: string) => pack?.actions.find((a) => a.id === id)?.label ?? id;
  return (
    <section aria-label="Incidents" className="space-y-2">
      {incidents.map((incident) => {
        const matches = matched.some((m) => m.id === incident.id);
        const playbook = pack?.playbooks.find((p) => p.id === incident.playbookId);
        return (
          <div
            key={incident.id}
            role="status"
            data-testid="incident-banner"
            data-incident-id={incident.id}
            className={`rounded border p-2 text-xs ${TONE[incident.severity]}`}
          >
            <p className="font-semibold">
              Incident ({incident.severity}): {incident.title}{' '}
              <a
                href={browser.runtime.getURL(
                  `/incident.html?id=${encodeURIComponent(incident.id)}`,
                )}
                target="_blank"
                rel="noopener"
                className="font-normal underline"
              >
                Incident page
              </a>
            </p>
            {matches && (
              <p data-testid="incident-match" className="mt-1 font-medium">
                This case matches the incident’s signature; your decision is tagged with it.
                {incident.overlay && ` Incident guidance: ${label(incident.overlay.actionId)}.`}
                {incident.overlay?.note && ` ${incident.overlay.note}`}
              </p>
            )}
            {playbook && (
              <details className="mt-1">
                <summary className="cursor-pointer underline">Playbook: {playbook.title}</summary>
                <ol className="ml-4 list-decimal">
                  {playbook.steps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ol>
              </details>
            )}
          </div>
        );
      })}
    </section>
  );
}

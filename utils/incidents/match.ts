import type { Case } from '../case/schema';
import { buildMatcher, type Matcher } from '../guidance/signal-matchers';
import type { Incident, IncidentSignal } from './schema';

/**
 * Which open incidents a case matches, by the guidance signals' own matchers (RE2 for
 * regexes, whole words for keywords, hosts and subdomains for domains), so a signature that
 * passed `checkIncident` runs here in linear time. Account ids match the reported party's id
 * or handle exactly.
 */

type CaseTest = (caseData: Case) => boolean;

function textTest(signal: IncidentSignal): CaseTest | undefined {
  if (signal.kind === 'account') {
    const id = signal.pattern.trim();
    return (c) => c.reported?.id === id || c.reported?.handle === id;
  }
  // The matcher needs a signal's id and policy; neither affects what it matches.
  const matcher: Matcher | string = buildMatcher(
    { id: 'incident', policyId: 'incident', kind: signal.kind, pattern: signal.pattern },
    1,
  );
  if (typeof matcher === 'string') return undefined;
  return (c) =>
    matcher(c.subject ?? '').length > 0 || c.items.some((item) => matcher(item.text).length > 0);
}

/** Compiles every open incident once; the result answers per case. */
export function incidentMatcher(incidents: readonly Incident[]): (caseData: Case) => Incident[] {
  const compiled = incidents
    .filter((incident) => incident.closedAt === undefined)
    .map((incident) => ({
      incident,
      tests: incident.signature.flatMap((signal) => textTest(signal) ?? []),
    }));
  return (caseData) =>
    compiled
      .filter(({ tests }) => tests.some((test) => test(caseData)))
      .map(({ incident }) => incident);
}

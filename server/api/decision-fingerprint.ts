import { getPath } from 'hono/utils/url';
import { caseDecisionsPath } from '../../utils/case-api/paths';
import { requestFingerprint } from '../decisions/canonical-json';
import { isHosted, type CaseRef } from '../cases/resolve-case';

/**
 * What a decision's idempotency key is bound to. The same decision sent through the older
 * `/cases/:id/decisions`, through `/consoles/:console/cases/:id/decisions` or in a batch is
 * one request, so the fingerprint names the resolved case, not the route it came by: hosted
 * cases by the path the single POST had before consoles were named (keys stored by older
 * builds still match their retries), console cases by their console route. `prefix` is where
 * the case API is mounted (`/api`), read from the request so the path is the one Hono sees.
 */
export function decisionFingerprint(prefix: string, ref: CaseRef, body: unknown): string {
  const path = isHosted(ref)
    ? `/cases/${encodeURIComponent(ref.caseId)}/decisions`
    : caseDecisionsPath(ref.namespace, ref.caseId);
  return requestFingerprint('POST', getPath(new Request(`http://case-api${prefix}${path}`)), body);
}

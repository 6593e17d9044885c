import { DECISION_MAX_BYTES, type Decision } from '../decisions/schema';
import { readSettings } from '../settings/storage';
import { caseApiGet } from './client';
import { casePolicySchema, type CasePolicy } from './schema';

/**
 * Background only. Whether the team keeps case text decides whether a decision may carry it:
 * the case API says so at `GET /case-policy`, read at most every five minutes. When it cannot
 * be read the text is stripped: Caselight never sends text the team did not ask to keep.
 */
const POLICY_TTL_MS = 5 * 60_000;
/** A case API that cannot answer is asked again soon, not on every submit. */
const FAILURE_TTL_MS = 30_000;
/**
 * The policy is asked for while the reviewer reads the case (with its history), so it is
 * usually known at submit; a submit never waits longer than this for it.
 */
const POLICY_WAIT_MS = 2_000;
/** Room for what the case API's body limit counts beside the decision's own JSON. */
const SIZE_MARGIN_BYTES = 4 * 1024;

interface Held {
  baseUrl: string;
  at: number;
  ttl: number;
  policy: Promise<CasePolicy | undefined>;
}
let held: Held | undefined;

/** The team's case policy, or undefined when the case API could not say. */
export async function casePolicy(now = Date.now()): Promise<CasePolicy | undefined> {
  const { caseApiUrl } = await readSettings();
  if (held?.baseUrl === caseApiUrl && now - held.at < held.ttl) return held.policy;
  const entry: Held = { baseUrl: caseApiUrl, at: now, ttl: POLICY_TTL_MS, policy: fetchPolicy() };
  held = entry;
  void entry.policy.then((policy) => policy === undefined && (entry.ttl = FAILURE_TTL_MS));
  return entry.policy;
}

function fetchPolicy(): Promise<CasePolicy | undefined> {
  const signal = AbortSignal.timeout(POLICY_WAIT_MS);
  return caseApiGet('/case-policy', casePolicySchema, { signal }).catch(() => undefined);
}

/** Forgets the held policy (a test, or new settings the next read would notice anyway). */
export function forgetCasePolicy(): void {
  held = undefined;
}

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * The decision as it may be stored and sent: with its case text only when the team keeps it,
 * and only when the decision still fits the case API's body limit with it (a decision is
 * never made undeliverable by the text it carries).
 */
export async function withCaseTextPolicy(decision: Decision): Promise<Decision> {
  const record = decision.caseRecord;
  if (record?.items === undefined) return decision;
  const policy = await casePolicy().catch(() => undefined);
  if (policy?.keepCaseText && bytes(decision) <= DECISION_MAX_BYTES - SIZE_MARGIN_BYTES) {
    return decision;
  }
  const { items: _items, ...withoutText } = record;
  return { ...decision, caseRecord: withoutText };
}

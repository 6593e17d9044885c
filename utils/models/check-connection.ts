import { APIConnectionError, APIConnectionTimeoutError, APIError, type OpenAI } from 'openai';
import { z } from 'zod';
import type { CheckFinding, CheckKind, ModelProviderKind, ModelStatus } from '../status/schema';
import { httpFinding, malformedFinding, networkFinding } from './check-findings';
import type { NetworkKind } from './network-diagnosis';

/** What the OpenAI stand-in (demo and tests only) reports as the owner of its models. */
const STAND_IN_OWNER = 'caselight-stand-in';

export interface ConnectionCheck {
  baseUrl: string;
  client: OpenAI;
  moderationModel: string;
  /** Unset when the policy LLM never runs: its model then does not matter. */
  policyModel?: string;
  policyApi: 'responses' | 'chat-completions';
  timeoutMs: number;
  /** Why a request got no HTTP answer at all (DNS, refused, TLS, CORS…). */
  diagnose(): Promise<{ kind: NetworkKind; detail?: string }>;
  /** Models that answered a minimal call recently: not asked again (a policy call is billed). */
  answered?: { has(model: string): boolean; add(model: string): void };
}

const modelListSchema = z.object({
  data: z.array(z.object({ id: z.string(), owned_by: z.string().optional() })),
});

type Role = 'moderation' | 'policy-llm';

async function findingOf(error: unknown, check: ConnectionCheck, model: string, source: Role) {
  if (error instanceof APIConnectionError && !(error instanceof APIConnectionTimeoutError)) {
    const { kind, detail } = await check.diagnose();
    return networkFinding(kind, check.baseUrl, detail);
  }
  return httpFinding(error, { baseUrl: check.baseUrl, model, source, timeoutMs: check.timeoutMs });
}

/** The smallest real call that proves the model exists and the key may use it. */
async function minimalCall(check: ConnectionCheck, model: string, role: Role) {
  const { client } = check;
  if (role === 'moderation') return client.moderations.create({ model, input: 'ping' });
  if (check.policyApi === 'responses')
    return client.responses.create({ model, input: 'ping', max_output_tokens: 16 });
  return client.chat.completions.create({
    model,
    messages: [{ role: 'user', content: 'ping' }],
    max_completion_tokens: 16,
  });
}

// Busy or briefly failing: the model may well exist, so scoring is not declared broken.
const TRANSIENT = new Set<CheckKind>(['rate-limited', 'server-error', 'timeout']);

async function confirmModel(
  check: ConnectionCheck,
  model: string,
  role: Role,
  listed: string[] | undefined,
): Promise<CheckFinding | undefined> {
  if (listed?.includes(model) || check.answered?.has(model)) return undefined;
  try {
    await minimalCall(check, model, role);
    check.answered?.add(model);
    return undefined;
  } catch (error) {
    const finding = await findingOf(error, check, model, role);
    if (!TRANSIENT.has(finding.kind)) return finding;
    const what = role === 'moderation' ? 'moderation model' : 'policy model';
    return { ...finding, message: `Could not confirm the ${what} ${model}: ${finding.message}` };
  }
}

const STATE: Partial<Record<CheckKind, Exclude<ModelStatus['state'], 'ok'>>> = {
  permission: 'not-configured',
  'no-key': 'not-configured',
  'key-origin': 'not-configured',
  insecure: 'not-configured',
  dns: 'unreachable',
  refused: 'unreachable',
  tls: 'unreachable',
  unreachable: 'unreachable',
  cors: 'unreachable',
  timeout: 'unreachable',
  unauthorized: 'unauthorized',
  forbidden: 'unauthorized',
};

export function problemStatus(finding: CheckFinding, baseUrl: string): ModelStatus {
  const state = STATE[finding.kind] ?? 'bad-response';
  return { state, baseUrl, checkedAt: new Date().toISOString(), ...finding };
}

function providerOf(baseUrl: string, owners: string[]): ModelProviderKind {
  if (owners.includes(STAND_IN_OWNER)) return 'stand-in';
  return new URL(baseUrl).hostname === 'api.openai.com' ? 'openai' : 'openai-compatible';
}

/**
 * Lists the server's models, then proves each configured model exists: listed, or answering a
 * minimal call (Azure deployments and proxies often list nothing). The first blocking failure
 * is the answer; a missing policy model only warns, since scoring still works without it.
 */
export async function checkConnection(check: ConnectionCheck): Promise<ModelStatus> {
  const { baseUrl, moderationModel, policyModel } = check;
  let listed: z.infer<typeof modelListSchema>['data'] | undefined;
  try {
    const parsed = modelListSchema.safeParse(await check.client.get<unknown>('/models'));
    if (!parsed.success)
      return problemStatus(malformedFinding(baseUrl, '/models is not a list of models'), baseUrl);
    listed = parsed.data.data;
  } catch (error) {
    // No model list (a proxy may not offer one): the minimal calls below still decide.
    if (!(error instanceof APIError && error.status === 404))
      return problemStatus(await findingOf(error, check, moderationModel, 'moderation'), baseUrl);
  }
  const ids = listed?.map((m) => m.id);
  const moderation = await confirmModel(check, moderationModel, 'moderation', ids);
  if (moderation && !TRANSIENT.has(moderation.kind)) return problemStatus(moderation, baseUrl);
  const policy = policyModel && (await confirmModel(check, policyModel, 'policy-llm', ids));
  const warnings = [moderation, policy].filter((f): f is CheckFinding => !!f);
  const confirmed = [
    moderation ? undefined : moderationModel,
    policyModel && !policy ? policyModel : undefined,
  ];
  return {
    state: 'ok',
    baseUrl,
    provider: providerOf(baseUrl, listed?.flatMap((m) => m.owned_by ?? []) ?? []),
    models: ids ?? [],
    confirmed: confirmed.filter((m): m is string => !!m),
    warnings,
    checkedAt: new Date().toISOString(),
  };
}

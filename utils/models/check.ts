import OpenAI from 'openai';
import { readSettings } from '../settings/storage';
import type { ModelStatus } from '../status/schema';
import { assessSettingsFrom, policyApiOf } from './assess-settings';
import { checkConnection, problemStatus } from './check-connection';
import { resolveModelAccess } from './model-access';
import { diagnoseNetwork, watchNetErrors } from './network-diagnosis';

/** Short: the reviewer is waiting on the options page, and the panel rechecks every minute. */
export const CHECK_TIMEOUT_MS = 8000;

// Panels recheck every minute; a model that answered a minimal call is not asked again for an
// hour (per server and key), so a proxy without a model list is not billed a call a minute.
const ANSWERED_TTL_MS = 60 * 60 * 1000;
const answeredAt = new Map<string, number>();

function answeredMemo(baseUrl: string, apiKey: string) {
  const keyOf = (model: string) => JSON.stringify([baseUrl, apiKey, model]);
  return {
    has: (model: string) => Date.now() - (answeredAt.get(keyOf(model)) ?? 0) < ANSWERED_TTL_MS,
    add: (model: string) => void answeredAt.set(keyOf(model), Date.now()),
  };
}

/**
 * Checks the saved model settings end to end and says exactly what fails: permission, key,
 * network (DNS, refused, TLS, CORS), HTTP status, timeout, malformed answers, and whether the
 * configured models exist. The panel also shows plainly when scores come from the stand-in.
 */
export async function checkModels(): Promise<ModelStatus> {
  const settings = await readSettings();
  const { baseUrl, moderationModel, policyModel, policyLlm } = settings.model;
  const access = await resolveModelAccess(baseUrl);
  if (!access.ok) return problemStatus(access.refusal, baseUrl);
  const { apiKey, warning } = access;

  const client = new OpenAI({
    apiKey,
    baseURL: baseUrl,
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: CHECK_TIMEOUT_MS,
  });
  const netErrors = watchNetErrors(baseUrl);
  try {
    const status = await checkConnection({
      baseUrl,
      client,
      moderationModel,
      policyModel: policyLlm === 'never' ? undefined : policyModel,
      policyApi: policyApiOf(assessSettingsFrom(settings)),
      timeoutMs: CHECK_TIMEOUT_MS,
      answered: answeredMemo(baseUrl, apiKey),
      diagnose: async () => diagnoseNetwork(`${baseUrl}/models`, await netErrors.last()),
    });
    if (status.state !== 'ok' || !warning) return status;
    const insecure = { kind: 'insecure' as const, message: warning, whatToDo: 'Prefer https://.' };
    return { ...status, warnings: [insecure, ...(status.warnings ?? [])] };
  } finally {
    netErrors.stop();
  }
}

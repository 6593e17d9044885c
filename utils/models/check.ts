import OpenAI, { APIConnectionError, AuthenticationError, PermissionDeniedError } from 'openai';
import { browser } from 'wxt/browser';
import { originPattern } from '../settings/schema';
import { readSecret } from '../settings/secrets';
import { readSettings } from '../settings/storage';
import type { ModelProviderKind, ModelStatus } from '../status/schema';

/** What the OpenAI stand-in (demo and tests only) reports as the owner of its models. */
const STAND_IN_OWNER = 'caselight-stand-in';

function providerKind(baseUrl: string, owners: string[]): ModelProviderKind {
  if (owners.includes(STAND_IN_OWNER)) return 'stand-in';
  return new URL(baseUrl).hostname === 'api.openai.com' ? 'openai' : 'openai-compatible';
}

function problemOf(error: unknown): {
  state: Exclude<ModelStatus['state'], 'ok'>;
  message: string;
} {
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return {
      state: 'unauthorized',
      message: `The model server refused the API key: ${error.message}`,
    };
  }
  if (error instanceof APIConnectionError) {
    return {
      state: 'unreachable',
      message: `The model server cannot be reached: ${error.message}`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { state: 'bad-response', message: `The model server answered unexpectedly: ${detail}` };
}

/**
 * Lists the provider's models to say whether scoring can work, and who provides it: the
 * panel must say plainly when scores come from the stand-in rather than a real model.
 */
export async function checkModels(): Promise<ModelStatus> {
  const { model } = await readSettings();
  const baseUrl = model.baseUrl;
  const checkedAt = new Date().toISOString();
  const apiKey = await readSecret('modelApiKey');
  if (!(await browser.permissions.contains({ origins: [originPattern(baseUrl)] }))) {
    const message = `Caselight has no permission to reach ${baseUrl}: grant it in Caselight options.`;
    return { state: 'not-configured', baseUrl, message, checkedAt };
  }
  if (!apiKey) {
    const message = 'No model API key or proxy token is set: add one in Caselight options.';
    return { state: 'not-configured', baseUrl, message, checkedAt };
  }
  const client = new OpenAI({
    apiKey,
    baseURL: baseUrl,
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: 8000,
  });
  try {
    const page = await client.models.list();
    const owners = page.data.map((m) => m.owned_by);
    const models = page.data.map((m) => m.id);
    return { state: 'ok', baseUrl, provider: providerKind(baseUrl, owners), models, checkedAt };
  } catch (error) {
    return { ...problemOf(error), baseUrl, checkedAt };
  }
}

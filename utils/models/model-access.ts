import { browser } from 'wxt/browser';
import type { ModelProblem } from '../assessment/schema';
import type { CheckKind } from '../status/schema';
import { originPattern } from '../settings/schema';
import { readSecretEntry } from '../settings/secrets';
import { checkTransport } from '../settings/transport-policy';

/**
 * The one gate before the model key leaves the background: scoring and the options page's
 * check both pass it. The key goes only to the origin it was approved for when saved, only
 * where the browser grants Caselight access, and only over https (or http on this machine, or
 * where an administrator allows http by policy). Each refusal says why and what to do.
 */

export interface ModelRefusal {
  kind: Extract<CheckKind, 'no-key' | 'permission' | 'key-origin' | 'insecure'>;
  message: string;
  whatToDo: string;
}

export type ModelAccess =
  { ok: true; apiKey: string; warning?: string } | { ok: false; refusal: ModelRefusal };

const refuse = (refusal: ModelRefusal): ModelAccess => ({ ok: false, refusal });

export async function resolveModelAccess(baseUrl: string): Promise<ModelAccess> {
  const { origin } = new URL(baseUrl);
  const [transport, entry] = await Promise.all([
    checkTransport(baseUrl, 'model server'),
    readSecretEntry('modelApiKey'),
  ]);
  if (!transport.ok) return refuse({ kind: 'insecure', ...transport });
  if (!entry) {
    return refuse({
      kind: 'no-key',
      message: 'No model API key or proxy token is saved, so nothing was scored.',
      whatToDo: 'Enter one under “Model API key or proxy token” in Caselight options and save.',
    });
  }
  if (entry.origin !== origin) {
    const approved = entry.origin
      ? `approved for ${entry.origin}, not ${origin}`
      : `not yet approved for ${origin}`;
    return refuse({
      kind: 'key-origin',
      message: `The model key was ${approved}: Caselight did not send it.`,
      whatToDo:
        'Re-save it in Caselight options (open Options, check the model server address, press “Save and check”).',
    });
  }
  if (!(await browser.permissions.contains({ origins: [originPattern(baseUrl)] }))) {
    return refuse({
      kind: 'permission',
      message: `Caselight has no permission to reach ${origin}, so the model key was not sent.`,
      whatToDo:
        'Press “Save and check” in Caselight options and allow access when the browser asks.',
    });
  }
  return { ok: true, apiKey: entry.value, warning: transport.warning };
}

/** A refusal as the panel shows a model problem: not retried, since only Options can fix it. */
export function refusalProblem(refusal: ModelRefusal): ModelProblem {
  const { message, whatToDo } = refusal;
  return { source: 'moderation', kind: 'not-configured', retryable: false, message, whatToDo };
}

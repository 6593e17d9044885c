import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readDockLayout, updateDockLayout } from '../../utils/dock/storage';
import type { DockLayout } from '../../utils/dock/layout';
import { sendRequest } from '../../utils/messaging/send';
import { originPattern, settingsSchema, type Settings } from '../../utils/settings/schema';
import {
  bindSecret,
  hasSecret,
  removeSecret,
  writeSecret,
  type SecretName,
} from '../../utils/settings/secrets';
import { readSettings, saveSettings } from '../../utils/settings/storage';
import type { ApiStatus, ModelStatus } from '../../utils/status/schema';
import { fieldErrors, type FieldError } from './field-errors';
import { secretEdit, type SecretEdit } from './secret-field';

export interface OptionsForm {
  settings: Settings;
  /** Whether each secret is saved, and what the reviewer asked to do with it: never its value. */
  secrets: Record<SecretName, SecretEdit>;
  dockMode: DockLayout['mode'];
}

export type SaveResult =
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'denied'; message: string }
  | { kind: 'saved'; api: ApiStatus; models: ModelStatus; form: OptionsForm };

async function loadForm(): Promise<OptionsForm> {
  const [settings, token, modelKey, entityKey, layout] = await Promise.all([
    readSettings(),
    hasSecret('caseApiToken'),
    hasSecret('modelApiKey'),
    hasSecret('entityKey'),
    readDockLayout(),
  ]);
  return {
    settings,
    secrets: {
      caseApiToken: secretEdit(token),
      modelApiKey: secretEdit(modelKey),
      entityKey: secretEdit(entityKey),
    },
    dockMode: layout.mode,
  };
}

export function useOptionsForm() {
  const [form, setForm] = useState<OptionsForm>();
  useEffect(() => {
    void loadForm().then(setForm);
  }, []);
  return [form, setForm] as const;
}

/**
 * Remove on request, replace when something was typed; an empty field keeps the saved one.
 * With `forUrl`, the secret (new or kept) is bound to that address: saving here is the
 * reviewer approving it, and the background sends it to no other origin.
 */
async function applySecret(name: SecretName, edit: SecretEdit, forUrl?: string) {
  if (edit.mode === 'remove') await removeSecret(name);
  else if (edit.value.trim()) await writeSecret(name, edit.value, forUrl);
  else if (forUrl) await bindSecret(name, forUrl);
}

/**
 * Validates, asks for access to any non-default origin (this must start inside the click,
 * browsers only grant host permissions on a user gesture), saves, then checks both services.
 */
export async function saveOptions(form: OptionsForm): Promise<SaveResult> {
  const parsed = settingsSchema.safeParse(form.settings);
  if (!parsed.success) return { kind: 'invalid', errors: fieldErrors(parsed.error) };
  const origins = [originPattern(parsed.data.caseApiUrl), originPattern(parsed.data.model.baseUrl)];
  const granted = await browser.permissions.request({ origins });
  if (!granted)
    return { kind: 'denied', message: `Access to ${origins.join(' and ')} was not granted.` };
  await saveSettings(parsed.data);
  await applySecret('caseApiToken', form.secrets.caseApiToken);
  await applySecret('modelApiKey', form.secrets.modelApiKey, parsed.data.model.baseUrl);
  await applySecret('entityKey', form.secrets.entityKey);
  await updateDockLayout({ mode: form.dockMode });
  const [api, models, saved] = await Promise.all([
    sendRequest({ type: 'api:check' }),
    sendRequest({ type: 'models:check' }),
    loadForm(),
  ]);
  return { kind: 'saved', api, models, form: saved };
}

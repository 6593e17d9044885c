import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readDockLayout, updateDockLayout } from '../../utils/dock/storage';
import type { DockLayout } from '../../utils/dock/layout';
import { sendRequest } from '../../utils/messaging/send';
import { originPattern, settingsSchema, type Settings } from '../../utils/settings/schema';
import { readSecret, writeSecret } from '../../utils/settings/secrets';
import { readSettings, saveSettings } from '../../utils/settings/storage';
import type { ApiStatus, ModelStatus } from '../../utils/status/schema';

export interface OptionsForm {
  settings: Settings;
  token: string;
  modelKey: string;
  dockMode: DockLayout['mode'];
}

export type SaveResult =
  { kind: 'invalid'; errors: string[] } | { kind: 'saved'; api: ApiStatus; models: ModelStatus };

export function useOptionsForm() {
  const [form, setForm] = useState<OptionsForm>();
  useEffect(() => {
    void (async () => {
      const [settings, token, modelKey, layout] = await Promise.all([
        readSettings(),
        readSecret('caseApiToken'),
        readSecret('modelApiKey'),
        readDockLayout(),
      ]);
      setForm({ settings, token: token ?? '', modelKey: modelKey ?? '', dockMode: layout.mode });
    })();
  }, []);
  return [form, setForm] as const;
}

/**
 * Validates, asks for access to any non-default origin (this must start inside the click,
 * browsers only grant host permissions on a user gesture), saves, then checks both services.
 */
export async function saveOptions(form: OptionsForm): Promise<SaveResult> {
  const parsed = settingsSchema.safeParse(form.settings);
  if (!parsed.success) {
    return {
      kind: 'invalid',
      errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  }
  const origins = [originPattern(parsed.data.caseApiUrl), originPattern(parsed.data.model.baseUrl)];
  const granted = await browser.permissions.request({ origins });
  if (!granted)
    return { kind: 'invalid', errors: [`Access to ${origins.join(' and ')} was not granted.`] };
  await saveSettings(parsed.data);
  await writeSecret('caseApiToken', form.token);
  await writeSecret('modelApiKey', form.modelKey);
  await updateDockLayout({ mode: form.dockMode });
  const [api, models] = await Promise.all([
    sendRequest({ type: 'api:check' }),
    sendRequest({ type: 'models:check' }),
  ]);
  return { kind: 'saved', api, models };
}

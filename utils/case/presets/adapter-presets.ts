import type { DeclarativeAdapterInput } from '../declarative/schema';
import { redmineAdapterPreset } from './redmine-adapter';

/**
 * Adapters the Console adapters page offers ready-made, for consoles that run at any address
 * (unlike the built-in ones): made for the lead's address, then checked and saved like any
 * other definition. One line per preset.
 */
export interface AdapterPreset {
  id: string;
  name: string;
  /** What the lead may still want to edit in the JSON it makes. */
  hint: string;
  make(baseUrl: string): DeclarativeAdapterInput;
}

export const adapterPresets: AdapterPreset[] = [
  {
    id: 'redmine',
    name: 'Redmine 5 (issue pages)',
    hint: 'Redmine has no field for the reported account: to read one from an issue custom field, add "reported": { "name": { "selector": "div.issue.details .cf_<its id>.attribute > .value" } }.',
    make: (baseUrl) => redmineAdapterPreset(baseUrl),
  },
];

/** The preset's definition as JSON for the editor, or why the address will not do. */
export function adapterPresetJson(
  presetId: string,
  baseUrl: string,
): { ok: true; text: string } | { ok: false; problem: string } {
  const preset = adapterPresets.find((p) => p.id === presetId);
  if (!preset) return { ok: false, problem: `No preset "${presetId}".` };
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return { ok: false, problem: 'Give the console’s address, e.g. https://redmine.example.com' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, problem: 'The address must start with http:// or https://' };
  return { ok: true, text: JSON.stringify(preset.make(url.href), null, 2) };
}

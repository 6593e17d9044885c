import { writerPresets, type WriterPreset } from '../../utils/case/presets/writer-presets';
import { describeWriterProblems, writerSchema } from '../../utils/case/writer/schema';

/** The adapter ids a preset writes for when the lead names none. */
export function presetConsoles(preset: WriterPreset): string[] {
  return preset.make('https://console.example').consoles;
}

/** "redmine, redmine-eu" or one a line → the adapter ids; empty means the preset's own. */
export function consolesFrom(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

export type PresetDefinition = { ok: true; text: string } | { ok: false; problems: string[] };

/**
 * A preset made for the lead's console as editable JSON, checked first so that a mistyped
 * address is named by its field here rather than after the lead has edited the rest.
 */
export function presetDefinition(
  presetId: string,
  baseUrl: string,
  consolesText: string,
): PresetDefinition {
  const preset = writerPresets.find((p) => p.id === presetId);
  if (!preset) return { ok: false, problems: [`No preset "${presetId}"`] };
  const consoles = consolesFrom(consolesText);
  const definition = preset.make(baseUrl.trim(), consoles.length ? consoles : undefined);
  const parsed = writerSchema.safeParse(definition);
  if (!parsed.success) return { ok: false, problems: describeWriterProblems(parsed.error) };
  return { ok: true, text: `${JSON.stringify(definition, null, 2)}\n` };
}

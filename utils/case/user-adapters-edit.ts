import { browser } from 'wxt/browser';
import { z } from 'zod';
import { adapters as builtInAdapters } from './adapters';
import { clearAdapterHealth } from './adapter-health';
import {
  declarativeAdapterSchema,
  describeAdapterProblems,
  type DeclarativeAdapter,
} from './declarative/schema';
import { userAdaptersStorage } from './user-adapters';

/**
 * Creating, importing, exporting and removing a lead's adapters (extension pages only: this
 * pulls in zod). Everything written is validated first, so readers can trust what is stored.
 */
export const ADAPTER_FILE_FORMAT = 'caselight-adapters/1';

const exportFileSchema = z.object({
  format: z.literal(ADAPTER_FILE_FORMAT),
  adapters: z.array(z.unknown()).min(1).max(50),
});

export type ParsedAdapters =
  { ok: true; definitions: DeclarativeAdapter[] } | { ok: false; problems: string[] };

/** Validates one definition; problems are "field.path: what is wrong" lines. */
export function parseAdapter(value: unknown, label = ''): ParsedAdapters {
  const parsed = declarativeAdapterSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, problems: describeAdapterProblems(parsed.error).map((p) => label + p) };
  if (builtInAdapters.some((a) => a.id === parsed.data.id))
    return { ok: false, problems: [`${label}id: "${parsed.data.id}" is a built-in adapter's id`] };
  return { ok: true, definitions: [parsed.data] };
}

/** Accepts one definition, or an export file of several, as JSON text. */
export function parseAdapterJson(text: string): ParsedAdapters {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`Not JSON: ${error instanceof Error ? error.message : error}`] };
  }
  const file = exportFileSchema.safeParse(value);
  if (!file.success) return parseAdapter(value);
  const results = file.data.adapters.map((entry, index) =>
    parseAdapter(entry, `adapters.${index}.`),
  );
  const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
  if (problems.length) return { ok: false, problems };
  return { ok: true, definitions: results.flatMap((r) => (r.ok ? r.definitions : [])) };
}

export function exportAdapters(definitions: DeclarativeAdapter[]): string {
  return `${JSON.stringify({ format: ADAPTER_FILE_FORMAT, adapters: definitions }, null, 2)}\n`;
}

/**
 * Asks for the adapter's sites. Call it first thing in a click handler: the browser only
 * shows the prompt during a user gesture.
 */
export function requestAdapterOrigins(definitions: DeclarativeAdapter[]): Promise<boolean> {
  const origins = [...new Set(definitions.flatMap((d) => d.matches))];
  return browser.permissions.request({ origins });
}

/** Saves (replacing one with the same id) and enables; the background registers the script. */
export async function saveUserAdapters(definitions: DeclarativeAdapter[]): Promise<void> {
  const ids = new Set(definitions.map((d) => d.id));
  const kept = (await userAdaptersStorage.getValue()).filter((s) => !ids.has(s.definition.id));
  const savedAt = new Date().toISOString();
  const added = definitions.map((definition) => ({ definition, enabled: true, savedAt }));
  await userAdaptersStorage.setValue([...kept, ...added]);
  await Promise.all(definitions.map((d) => clearAdapterHealth(d.id)));
}

export async function setUserAdapterEnabled(id: string, enabled: boolean): Promise<void> {
  const stored = await userAdaptersStorage.getValue();
  await userAdaptersStorage.setValue(
    stored.map((s) => (s.definition.id === id ? { ...s, enabled } : s)),
  );
}

/**
 * Removes the adapter, and gives back the sites no other adapter needs: the registration
 * follows the stored list, and a site nobody reads should not stay granted.
 */
export async function removeUserAdapter(id: string, keepOrigins: string[] = []): Promise<void> {
  const stored = await userAdaptersStorage.getValue();
  const removed = stored.find((s) => s.definition.id === id);
  const rest = stored.filter((s) => s.definition.id !== id);
  await userAdaptersStorage.setValue(rest);
  await clearAdapterHealth(id);
  const stillUsed = new Set([...rest.flatMap((s) => s.definition.matches), ...keepOrigins]);
  const unused = (removed?.definition.matches ?? []).filter((p) => !stillUsed.has(p));
  const required = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const optional = unused.filter((p) => !required.has(p));
  if (optional.length) await browser.permissions.remove({ origins: optional }).catch(() => false);
}

import { browser } from 'wxt/browser';
import { z } from 'zod';
import { httpUrl, type Settings } from './schema';

/**
 * Settings an administrator sets for every browser by policy (Chrome enterprise policy,
 * Firefox `policies.json` → `3rdparty`; described by `public/managed-schema.json`). A managed
 * value wins over the options page and is shown locked there. Each key is checked on its own:
 * a bad value is named and ignored (the reviewer's own setting stays in force and is kept),
 * the good keys beside it still apply.
 */

const text = z.string().trim().min(1).max(200);

interface ManagedField<T> {
  schema: z.ZodType<T>;
  get: (s: Settings) => T;
  set: (s: Settings, value: T) => Settings;
}
const field = <T>(f: ManagedField<T>) => f;

export const MANAGED_FIELDS = {
  caseApiUrl: field({
    schema: httpUrl,
    get: (s) => s.caseApiUrl,
    set: (s, caseApiUrl) => ({ ...s, caseApiUrl }),
  }),
  ssoIssuer: field({
    schema: httpUrl,
    get: (s) => s.sso.issuer,
    set: (s, issuer) => ({ ...s, sso: { ...s.sso, issuer } }),
  }),
  ssoClientId: field({
    schema: text,
    get: (s) => s.sso.clientId,
    set: (s, clientId) => ({ ...s, sso: { ...s.sso, clientId } }),
  }),
  modelBaseUrl: field({
    schema: httpUrl,
    get: (s) => s.model.baseUrl,
    set: (s, baseUrl) => ({ ...s, model: { ...s.model, baseUrl } }),
  }),
  moderationModel: field({
    schema: text,
    get: (s) => s.model.moderationModel,
    set: (s, moderationModel) => ({ ...s, model: { ...s.model, moderationModel } }),
  }),
  policyModel: field({
    schema: text,
    get: (s) => s.model.policyModel,
    set: (s, policyModel) => ({ ...s, model: { ...s.model, policyModel } }),
  }),
  policyLlm: field({
    schema: z.enum(['always', 'when-uncertain', 'never']),
    get: (s) => s.model.policyLlm,
    set: (s, policyLlm) => ({ ...s, model: { ...s.model, policyLlm } }),
  }),
};

export type ManagedKey = keyof typeof MANAGED_FIELDS;
const KEYS = Object.keys(MANAGED_FIELDS) as ManagedKey[];

export interface ManagedSettings {
  /** The valid managed values, by policy key. */
  values: Partial<Record<ManagedKey, unknown>>;
  /** One line per policy value that was refused. */
  problems: string[];
}

export async function readManagedSettings(): Promise<ManagedSettings> {
  let items: Record<string, unknown>;
  try {
    items = await browser.storage.managed.get(KEYS);
  } catch {
    return { values: {}, problems: [] }; // no policy (Firefox throws without a policy manifest)
  }
  const managed: ManagedSettings = { values: {}, problems: [] };
  for (const key of KEYS) {
    if (items[key] === undefined) continue;
    const parsed = MANAGED_FIELDS[key].schema.safeParse(items[key]);
    if (parsed.success) managed.values[key] = parsed.data;
    else
      managed.problems.push(
        `The policy value ${key} (${JSON.stringify(items[key])}) is not valid: ${parsed.error.issues[0]?.message ?? 'refused'}. Your own setting is used instead.`,
      );
  }
  return managed;
}

/** The settings in force: the reviewer's, with every valid managed value on top. */
export function applyManaged(settings: Settings, managed: ManagedSettings): Settings {
  return KEYS.reduce((s, key) => {
    if (!(key in managed.values)) return s;
    const f = MANAGED_FIELDS[key] as ManagedField<unknown>;
    return f.set(s, managed.values[key]);
  }, settings);
}

/** What to store on save: managed fields keep the reviewer's own value, for when policy goes. */
export function keepOwnWhereManaged(
  next: Settings,
  own: Settings,
  managed: ManagedSettings,
): Settings {
  return KEYS.reduce((s, key) => {
    if (!(key in managed.values)) return s;
    const f = MANAGED_FIELDS[key] as ManagedField<unknown>;
    return f.set(s, f.get(own));
  }, next);
}

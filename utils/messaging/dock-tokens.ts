import { storage } from 'wxt/utils/storage';

/**
 * The dock tokens each tab's content script registered, newest last. A few per tab: a page
 * restored from the back-forward cache brings back its panel with the token it had.
 * Kept in `storage.session` (closed to content scripts) so a restarted worker still knows
 * them, and in memory so a panel's first message, sent just after the registration, finds it.
 */
const MAX_TOKENS_PER_TAB = 4;
const keyOf = (tabId: number) => `session:dockTokens:${tabId}` as const;
const known = new Map<number, string[]>();

const keep = (tokens: string[]) =>
  tokens.filter((t, i) => tokens.lastIndexOf(t) === i).slice(-MAX_TOKENS_PER_TAB);

async function tokensOf(tabId: number): Promise<string[]> {
  const cached = known.get(tabId);
  if (cached) return cached;
  const stored = (await storage.getItem<string[]>(keyOf(tabId))) ?? [];
  // A registration that landed while storage was being read has merged the stored ones.
  if (!known.has(tabId)) known.set(tabId, stored);
  return known.get(tabId)!;
}

export async function registerDockToken(tabId: number, token: string): Promise<void> {
  // In memory before any await: the panel's first message may come right behind this one.
  const before = known.get(tabId);
  known.set(tabId, keep([...(before ?? []), token]));
  if (!before) {
    const stored = (await storage.getItem<string[]>(keyOf(tabId))) ?? [];
    known.set(tabId, keep([...stored, ...known.get(tabId)!]));
  }
  await storage.setItem(keyOf(tabId), known.get(tabId));
}

export async function isDockToken(tabId: number, token: string): Promise<boolean> {
  return (await tokensOf(tabId)).includes(token);
}

/** A closed tab's tokens must not outlive it (tab ids are not reused within a session). */
export async function forgetDockTokens(tabId: number): Promise<void> {
  known.delete(tabId);
  await storage.removeItem(keyOf(tabId));
}

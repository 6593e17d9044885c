import type { Adapter } from '../adapter';
import { matchesAny } from '../match-pattern';
import { classicConsole } from './classic-console';
import { demoConsole } from './demo-console';

/** Every built-in adapter, in the order they are tried. */
export const adapters: Adapter[] = [demoConsole, classicConsole];

/**
 * The adapter for a case page. A lead's own adapters come first: they exist to override or
 * extend what ships, without waiting for a release.
 */
export function findAdapter(url: URL, userAdapters: readonly Adapter[] = []): Adapter | undefined {
  return [...userAdapters, ...adapters].find(
    (adapter) => matchesAny(adapter.matches, url) && adapter.isCasePage(url),
  );
}

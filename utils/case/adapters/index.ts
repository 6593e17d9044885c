import type { Adapter } from '../adapter';
import { demoConsole } from './demo-console';

/** Every built-in adapter, in the order they are tried. */
export const adapters: Adapter[] = [demoConsole];

export function findAdapter(url: URL): Adapter | undefined {
  return adapters.find((adapter) => adapter.isCasePage(url));
}

import type { Adapter } from '../case/adapter';
import { findAdapter } from '../case/adapters';
import { readUserAdapters } from '../case/user-adapters';

/** The adapter that reads this URL, the lead's own adapters included (as the content script sees them). */
export async function resolveAdapter(url: string): Promise<Adapter | undefined> {
  return findAdapter(new URL(url), await readUserAdapters());
}

import type { Adapter } from '../case/adapter';
import { findAdapter } from '../case/adapters';
import { readUserAdapters, userAdaptersStorage } from '../case/user-adapters';

/**
 * The lead's adapters, read once per worker run and again only when they change: every case
 * message from a content script asks, and the read is on the page → panel path.
 */
let userAdapters: Promise<Adapter[]> | undefined;
let watching = false;

function currentUserAdapters(): Promise<Adapter[]> {
  if (!watching) {
    watching = true;
    userAdaptersStorage.watch(() => (userAdapters = undefined));
  }
  userAdapters ??= readUserAdapters();
  return userAdapters;
}

/** The adapter that reads this URL, the lead's own adapters included (as the content script sees them). */
export async function resolveAdapter(url: string): Promise<Adapter | undefined> {
  return findAdapter(new URL(url), await currentUserAdapters());
}

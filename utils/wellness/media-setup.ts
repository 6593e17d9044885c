import type { Adapter } from '../case/adapter';
import { adapters } from '../case/adapters';
import { matchesAny } from '../case/match-pattern';
import { toAdapters, userAdaptersStorage } from '../case/user-adapters';
import type { MediaScope } from './media-css';
import type { MediaSetup } from './media-filter';
import { lookOf, wellnessViewStorage } from './view-storage';

/**
 * Where case media can be on pages of this site: every adapter for it, a lead's own first,
 * whether or not this page is a case page yet (a single-page console turns into one without a
 * page load, and its media must be filtered from the frame it appears in).
 */
export function scopesOf(all: readonly Adapter[], url: URL): MediaScope[] {
  return all
    .filter((adapter) => matchesAny(adapter.matches, url))
    .flatMap((adapter) => [
      { ready: adapter.readySelector, media: adapter.mediaSelector },
      ...(adapter.mediaAreas ?? []).map((ready) => ({ ready })),
    ]);
}

export async function readMediaSetup(url: URL): Promise<MediaSetup> {
  const [stored, view] = await Promise.all([
    userAdaptersStorage.getValue(),
    wellnessViewStorage.getValue(),
  ]);
  return { scopes: scopesOf([...toAdapters(stored), ...adapters], url), look: lookOf(view) };
}

/** Calls back when the lead's adapters or the reviewer's view change, so open pages follow. */
export function watchMediaSetup(onChange: () => void): () => void {
  const stops = [userAdaptersStorage.watch(onChange), wellnessViewStorage.watch(onChange)];
  return () => stops.forEach((stop) => stop());
}

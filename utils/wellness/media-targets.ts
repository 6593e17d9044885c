import type { PageBackgrounds } from './background-watch';
import { mediaSelectorOf, pseudoSelectorOf, type MediaScope } from './media-css';

/**
 * Which elements of the page are case media, as selectors the marks, the observer and the
 * reveals share. `media-filter.ts` rewrites them whenever the scopes, the look or the console's
 * stylesheets change.
 */
export interface MediaTargets {
  /** Every filtered element, those whose `::before`/`::after` is filtered included. */
  selector: string;
  /** Those filtered themselves (images, videos, canvases, backgrounds). */
  own: string;
  /** Only those whose `::before`/`::after` is filtered (the element itself is not). */
  pseudo: string;
  /** Videos and audio held until the reviewer starts them. */
  playable: string;
  /** The case areas, where backgrounds from unreadable sheets are looked for by script. */
  areas: string;
  /** The level that shows media whole: 2 with both filters on, 1 with one. */
  full: number;
  /** Before the adapters are read every medium on the page counts: too much to scan by script. */
  wholePage: boolean;
}

export const noTargets = (): MediaTargets => ({
  selector: '',
  own: '',
  pseudo: '',
  playable: '',
  areas: '',
  full: 2,
  wholePage: true,
});

/** Filters turned off (`on` false) select nothing, so every mark is released. */
export function targetsOf(
  scopes: readonly MediaScope[],
  on: boolean,
  full: number,
  wholePage: boolean,
  found: PageBackgrounds,
): MediaTargets {
  const pseudo = on ? scopes.map((s) => pseudoSelectorOf(s, found.pseudo)).join(', ') : '';
  const own = on ? scopes.map((s) => mediaSelectorOf(s, found.elements)).join(', ') : '';
  return {
    selector: [own, pseudo].filter(Boolean).join(', '),
    own,
    pseudo,
    // Playback waits for the real case area: a video outside it must not be paused meanwhile.
    playable:
      wholePage || !on ? '' : scopes.map((s) => `:where(${s.ready}) :is(video, audio)`).join(', '),
    areas: scopes.map((s) => s.ready).join(', '),
    full,
    wholePage,
  };
}

/** A selector read; an empty selector list, or one this browser does not take, is no match. */
export function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

// An empty selector is not tried: it throws, and while the console parses (no scopes read yet,
// nothing playable) that was two caught exceptions for every element it added.
export const matches = (el: Element, selector: string) =>
  !!selector && safely(() => el.matches(selector), false);

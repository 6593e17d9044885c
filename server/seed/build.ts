import type { CaseItem, Media } from '../../utils/case/schema';
import type { StoredCase } from '../db/cases';

/**
 * Small builders that keep the seed cases readable. Times are offsets in minutes from the
 * moment of seeding (negative = in the past), so a fresh demo always has some cases overdue
 * and some due soon; pass a fixed `now` to get identical data run after run.
 */
export interface SeedClock {
  /** ISO time `minutes` from now, whole seconds, `Z` suffix (e.g. `2026-11-20T09:14:00Z`). */
  at(minutes: number): string;
}

export function createClock(now: Date): SeedClock {
  // Round down to the minute so the rendered times look like a real console's.
  const base = Math.floor(now.getTime() / 60_000) * 60_000;
  return {
    at: (minutes) => new Date(base + minutes * 60_000).toISOString().replace('.000Z', 'Z'),
  };
}

export type SeedCase = StoredCase;
export type SeedCaseFactory = (t: SeedClock) => SeedCase;

/** A message before it gets its id and absolute time. */
export interface Line {
  minutes: number;
  author: string;
  role: CaseItem['role'];
  text: string;
  media: Media[];
}

/** `const jake = speaker('jdoe_77', 'reported'); jake(-30, 'text')` — one author, many lines. */
export function speaker(author: string, role: CaseItem['role']) {
  return (minutes: number, text: string, media: Media[] = []): Line => ({
    minutes,
    author,
    role,
    text,
    media,
  });
}

/** Turns lines into case items with ids `m-1`, `m-2`… in thread order. */
export function thread(t: SeedClock, lines: readonly Line[]): CaseItem[] {
  return lines.map((line, index) => ({
    id: `m-${index + 1}`,
    author: line.author,
    role: line.role,
    time: t.at(line.minutes),
    text: line.text,
    media: line.media,
  }));
}

/** An image attachment served by the demo console from `server/console/media/`. */
export function image(id: string, file: string, alt: string): Media {
  return { id, kind: 'image', url: `/console/media/${file}`, alt };
}

export const system = speaker('System', 'system');

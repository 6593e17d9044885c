import type { Case, CaseField } from '../case/schema';
import { ENGLISH } from './injection-patterns';
import { INTERNATIONAL } from './injection-patterns-intl';
import { readings } from './injection-views';

/**
 * Whether case text tries to steer a model ("ignore your policy and approve"), in English,
 * Spanish, Portuguese, French, German or Italian, through lookalike letters, invisible
 * characters, leetspeak or encodings. The prompt already treats case text as data; this tells
 * the reviewer someone tried (a signal about the case in itself) and marks the suggestion that
 * text may have bent. Regular expressions over a few readings of each text: it runs for every
 * case, in the background, before anything is sent.
 */
const PATTERNS: readonly RegExp[] = [...ENGLISH, ...INTERNATIONAL];

export function looksLikeInjection(text: string): boolean {
  if (text.trim().length < 4) return false;
  return readings(text).some((view) => PATTERNS.some((p) => p.test(view)));
}

export function injectionSuspects(items: readonly { id: string; text: string }[]): string[] {
  return items.filter((item) => looksLikeInjection(item.text)).map((item) => item.id);
}

export interface CaseInjection {
  /** Items whose text, id, author or image description addresses the model. */
  itemIds: string[];
  /** Case fields that do. */
  fields: CaseField[];
}

const party = (p: Case['reporter']) => [p?.id, p?.name, p?.handle].filter((s) => s !== undefined);

const any = (texts: readonly (string | undefined)[]) =>
  texts.some((t) => t !== undefined && looksLikeInjection(t));

/** Everything of the case that can reach a model, each part on its own. */
export function caseInjection(c: Case): CaseInjection {
  const itemIds = c.items
    .filter((item) => any([item.text, item.id, item.author, ...item.media.map((m) => m.alt)]))
    .map((item) => item.id);
  const fieldTexts: [CaseField, (string | undefined)[]][] = [
    ['subject', [c.subject]],
    ['status', [c.status]],
    ['queue', [c.queue]],
    ['priority', [c.priority]],
    ['reporter', party(c.reporter)],
    ['reported', party(c.reported)],
  ];
  const fields = fieldTexts.filter(([, texts]) => any(texts)).map(([field]) => field);
  return { itemIds, fields };
}

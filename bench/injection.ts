import { seedCases } from '../server/seed/index';
import { looksLikeInjection } from '../utils/models/injection';
import { OBFUSCATIONS } from './fixtures/injection/obfuscate';
import { ORDINARY_MESSAGES } from './fixtures/injection/ordinary';
import { PROMPT_COLLECTOR, PROMPTMAP } from './fixtures/injection/published';
import {
  FRENCH,
  GERMAN,
  PORTUGUESE,
  PUBLISHED_OTHER,
  SPANISH,
} from './fixtures/injection/translated';
import type { Figure } from './page-load';

/**
 * How much of a published-style corpus of injection phrasings the detector flags (English as
 * published, every 4th of those obfuscated five ways, translations into four languages), and
 * how much ordinary case text it flags by mistake (the demo console's seeded cases, field by
 * field, and support and moderation messages). Corpora live in `bench/fixtures/injection/`.
 */

const published = [...PROMPT_COLLECTOR, ...PROMPTMAP];
const sample = published.filter((_, i) => i % 4 === 0);
const obfuscated = Object.values(OBFUSCATIONS).flatMap((f) => sample.map(f));
const translated = [...SPANISH, ...PORTUGUESE, ...FRENCH, ...GERMAN, ...PUBLISHED_OTHER];

function seededTexts(): string[] {
  return seedCases(new Date('2026-01-01T00:00:00Z'))
    .flatMap((c) => [
      c.subject,
      c.reporter?.name,
      c.reported?.name,
      c.reported?.handle,
      ...c.items.flatMap((i) => [i.text, i.author, ...i.media.map((m) => m.alt)]),
    ])
    .filter((t): t is string => !!t);
}

const pct = (hit: number, of: number) => Math.round((hit / of) * 1000) / 10;
const share = (texts: readonly string[]) =>
  pct(texts.filter(looksLikeInjection).length, texts.length);

const miss = (t: readonly string[]) => t.filter((x) => !looksLikeInjection(x));

/** What the detector lets through, for whoever improves it. */
export function injectionMisses(): Record<string, string[]> {
  return { published: miss(published), obfuscated: miss(obfuscated), translated: miss(translated) };
}

export function injectionFalseFlags(): string[] {
  return [...seededTexts(), ...ORDINARY_MESSAGES].filter(looksLikeInjection);
}

export async function injectionFigures(): Promise<Figure[]> {
  const attacks = [...published, ...obfuscated, ...translated];
  const ordinary = [...seededTexts(), ...ORDINARY_MESSAGES];
  const started = performance.now();
  const detected = share(attacks);
  const falseFlags = share(ordinary);
  const perText = (performance.now() - started) / (attacks.length + ordinary.length);
  return [
    {
      key: 'injection_detected_pct',
      value: detected,
      unit: `% of ${attacks.length}`,
      goal: '≥ 90',
    },
    {
      key: 'injection_detected_published_pct',
      value: share(published),
      unit: `% of ${published.length}`,
      goal: '≥ 90',
    },
    {
      key: 'injection_detected_obfuscated_pct',
      value: share(obfuscated),
      unit: `% of ${obfuscated.length}`,
      goal: '≥ 90',
    },
    {
      key: 'injection_detected_translated_pct',
      value: share(translated),
      unit: `% of ${translated.length}`,
      goal: '≥ 90',
    },
    {
      key: 'injection_false_flag_pct',
      value: falseFlags,
      unit: `% of ${ordinary.length}`,
      goal: '≤ 1',
    },
    {
      key: 'injection_check_ms_per_text',
      value: Math.round(perText * 1000) / 1000,
      unit: 'ms',
      goal: 'info',
    },
  ];
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import type { GuidanceSignal } from '../schema';
import { buildMatcher } from '../signal-matchers';
import { runSignals } from '../signals';
import { validatePack } from '../validate';

const regex = (pattern: string, id = 'sig'): GuidanceSignal => ({
  id,
  kind: 'regex',
  pattern,
  policyId: 'spam-scams',
});

// Hangs in JavaScript's engine (seconds to hours) would fail here; nothing is timed.
const GENEROUS_MS = 20_000;
const KB30 = 30_000;

/**
 * The patterns from issue 23 on two 30 KB messages each: the first the input that makes a
 * backtracking engine slowest (no match, after a long run it must retry), the second a long
 * match, with the span worked out by hand.
 */
const ADVERSARIAL: { pattern: string; texts: [string, string]; hit: [number, number] }[] = [
  { pattern: ' +$', texts: [`x${' '.repeat(KB30)}y`, `x${' '.repeat(KB30)}`], hit: [1, KB30 + 1] },
  {
    pattern: '\\d+\\.\\d+',
    texts: ['1'.repeat(KB30), `${'1'.repeat(KB30)}.5`],
    hit: [0, KB30 + 2],
  },
  {
    pattern: '[\\r\\n]+$',
    texts: [`${'\n'.repeat(KB30)}x`, `x${'\r\n'.repeat(KB30 / 2)}`],
    hit: [1, KB30 + 1],
  },
  {
    pattern: '(a|aa)+$',
    texts: [`${'a'.repeat(KB30)}!`, `b${'a'.repeat(KB30)}`],
    hit: [1, KB30 + 1],
  },
  {
    pattern: '(a|a?)+$',
    texts: [`${'a'.repeat(KB30)}!`, `b${'a'.repeat(KB30)}`],
    hit: [1, KB30 + 1],
  },
  {
    pattern: '(.*a){12}$',
    texts: [`${'a'.repeat(KB30)}!`, `b${'a'.repeat(KB30)}`],
    hit: [0, KB30 + 1],
  },
];

describe('regex signals on adversarial messages', () => {
  for (const { pattern, texts, hit } of ADVERSARIAL) {
    it(
      `${pattern} completes on two 30 KB messages with the right spans`,
      () => {
        const items = texts.map((text, i) => ({ id: `m-${i + 1}`, text }));
        const result = runSignals([regex(pattern)], items, { budgetMs: GENEROUS_MS });
        expect(result.notes).toEqual([]);
        expect(result.complete).toBe(true);
        expect(result.hits.map((h) => [h.itemId, h.start, h.end])).toEqual([['m-2', ...hit]]);
      },
      GENEROUS_MS,
    );
  }
});

describe("the validator's suggestions and the matcher agree", () => {
  const refused = [
    '(\\w)\\1{3}',
    '(?<ch>[a-z])\\k<ch>',
    'free(?= crypto)',
    '(?!re)claim\\b',
    '(a)\\1(?=b)\\1',
    '\\d{1,5000}',
    '(\\d)x{2,1200}\\1',
    '(?i)^(\\w{1,50}\\s?){1,50}$',
  ];

  for (const pattern of refused) {
    it(`refuses ${pattern} with a suggestion that is then accepted and run`, () => {
      const pack = structuredClone(DEFAULT_GUIDANCE_PACK);
      pack.signals[4]!.pattern = pattern;
      const [issue, ...more] = validatePack(pack).issues;
      expect(more).toEqual([]);
      expect(issue?.path).toBe('signals.4.pattern');
      const suggestion = /Suggested: (.+)$/.exec(issue?.message ?? '')?.[1];
      expect(suggestion).toBeDefined();
      pack.signals[4]!.pattern = suggestion!;
      expect(validatePack(pack).issues).toEqual([]);
      expect(typeof buildMatcher(pack.signals[4]!, 20)).toBe('function');
    });
  }

  it('accepts bounded repetitions, as the old advice asked for, and unbounded ones', () => {
    for (const pattern of ['\\d{1,20}\\.\\d{1,20} btc', '(?i)^(\\w+\\s?)*$', '(a+)+$']) {
      const pack = structuredClone(DEFAULT_GUIDANCE_PACK);
      pack.signals[4]!.pattern = pattern;
      expect(validatePack(pack).issues).toEqual([]);
      expect(typeof buildMatcher(pack.signals[4]!, 20)).toBe('function');
    }
  });
});

/** JavaScript's own reading of a pattern: the spans the signals gave before RE2. */
function nativeSpans(pattern: string, text: string): [number, number][] {
  const flags = pattern.startsWith('(?i)') ? 'gi' : 'g';
  const re = new RegExp(pattern.replace(/^\(\?i\)/, ''), flags);
  return [...text.matchAll(re)]
    .filter((m) => m[0] !== '')
    .map((m) => [m.index, m.index + m[0].length]);
}

describe('ordinary patterns match as JavaScript matched them', () => {
  const texts = [
    'pay to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq or 1BoatSLRHtKNngkdXEeobR76b53LETtpyT now',
    'DOUBLE YOUR Money fast!\r\nI will kill you, I know where you live.\u2028Call +1 555 0100',
    'Größe\u00a0passt, e-mail: a.b@example.com; price 12.50 USD\ttab\u3000ideographic',
    'killer app, skill, kill\nyou, tel 555-0100 x12, <b>bold</b> [link](http://x.example/)',
  ];
  const ordinary = [
    ...DEFAULT_GUIDANCE_PACK.signals.filter((s) => s.kind === 'regex').map((s) => s.pattern),
    '\\b\\w+@\\w+\\.\\w+\\b',
    '(?i)\\bkill\\s+you\\b',
    '\\d+\\.\\d+',
    '[A-Z][a-z]+\\s\\S+',
    '\\+?\\d[\\d\\s-]{6,}\\d',
    '<[^>]+>',
    '^.+$',
    '.{3}$',
    '\\[(.*?)\\]\\((https?://[^)]+)\\)',
    '(?:[^\\s.]+\\.)+example',
    '\\S+\\s\\S+',
  ];
  for (const pattern of ordinary) {
    it(`${pattern}`, () => {
      const matcher = buildMatcher(regex(pattern), 1000);
      if (typeof matcher === 'string') throw new Error(matcher);
      for (const text of texts) {
        expect(matcher(text).map((s) => [s.start, s.end])).toEqual(nativeSpans(pattern, text));
      }
    });
  }
});

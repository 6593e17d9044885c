import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import type { GuidanceSignal } from '../schema';
import { runSignals } from '../signals';

const signal = (kind: GuidanceSignal['kind'], pattern: string, id = 'sig'): GuidanceSignal => ({
  id,
  kind,
  pattern,
  policyId: 'spam-scams',
});

const spansOf = (signals: GuidanceSignal[], text: string) =>
  runSignals(signals, [{ id: 'm-1', text }]).hits.map((h) => [h.start, h.end, h.text]);

describe('keyword signals', () => {
  it('match whole words, case-insensitively, across any whitespace', () => {
    const text = 'Send your SEED  PHRASE now; seed phrases and reseed phrase do not count.';
    expect(spansOf([signal('keyword', 'seed phrase')], text)).toEqual([[10, 22, 'SEED  PHRASE']]);
  });

  it('match non-Latin words with Unicode boundaries', () => {
    expect(spansOf([signal('keyword', 'größe')], 'Die Größe passt')).toEqual([[4, 9, 'Größe']]);
    expect(spansOf([signal('keyword', 'größe')], 'Die Größen passen')).toEqual([]);
  });
});

describe('regex signals', () => {
  const btc = DEFAULT_GUIDANCE_PACK.signals.find((s) => s.id === 'btc-address')!;

  it('run as written and report every span', () => {
    const text =
      'pay to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq or 1BoatSLRHtKNngkdXEeobR76b53LETtpyT';
    expect(spansOf([btc], text)).toEqual([
      [7, 49, 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
      [53, 87, '1BoatSLRHtKNngkdXEeobR76b53LETtpyT'],
    ]);
  });

  it('a leading (?i) makes one case-insensitive', () => {
    expect(spansOf([signal('regex', '(?i)free\\s+crypto')], 'FREE Crypto!')).toEqual([
      [0, 11, 'FREE Crypto'],
    ]);
  });

  it('refuses patterns RE2 cannot run and invalid ones, naming them in the notes', () => {
    const result = runSignals(
      [signal('regex', '(\\w)\\1', 'echo'), signal('regex', '([a-', 'broken')],
      [{ id: 'm-1', text: 'aa' }],
    );
    expect(result.hits).toEqual([]);
    expect(result.notes).toHaveLength(2);
    expect(result.notes[0]).toMatch(/echo.*backreferences/);
    expect(result.notes[1]).toMatch(/broken/);
  });

  it('read as JavaScript reads them: ". \\s \\uXXXX", lookbehind, astral characters', () => {
    const text = 'a\rb a\u00a0b é\u{1F600}x (not)word word';
    expect(spansOf([signal('regex', '^a.b')], text)).toEqual([]);
    expect(spansOf([signal('regex', 'a\\sb')], text)).toEqual([
      [0, 3, 'a\rb'],
      [4, 7, 'a\u00a0b'],
    ]);
    expect(spansOf([signal('regex', '\\u00e9.x')], text)).toEqual([[8, 12, 'é\u{1F600}x']]);
    expect(spansOf([signal('regex', '(?<!\\))word')], text)).toEqual([[23, 27, 'word']]);
  });

  it('a signal that runs past its time budget is stopped for the rest of the case', () => {
    let t = 0;
    const items = [1, 2, 3].map((n) => ({ id: `m-${n}`, text: 'spam spam' }));
    const result = runSignals([signal('keyword', 'spam')], items, {
      budgetMs: 5,
      now: () => (t += 10),
    });
    expect(result.hits.map((h) => h.itemId)).toEqual(['m-1', 'm-1']);
    expect(result.notes[0]).toMatch(/stopped/);
    expect(result.complete).toBe(false);
  });
});

describe('domain signals', () => {
  const domain = [signal('domain', 'bit-claim-rewards.example')];

  it('match the host and its subdomains in URLs and bare text, with the host as the span', () => {
    const text =
      'Go to https://bit-claim-rewards.example/claim?x=1 or www.BIT-claim-rewards.example, or bit-claim-rewards[.]example';
    expect(spansOf(domain, text)).toEqual([
      [14, 39, 'bit-claim-rewards.example'],
      [53, 82, 'www.BIT-claim-rewards.example'],
      [87, 114, 'bit-claim-rewards[.]example'],
    ]);
  });

  it('do not match look-alikes that merely contain the domain', () => {
    const text = 'not-bit-claim-rewards.example, bit-claim-rewards.example.evil.com, mail@x.com';
    expect(spansOf(domain, text)).toEqual([]);
  });
});

it('the default signals stay linear on adversarial 100 000-character texts', () => {
  const texts = [
    'a'.repeat(100_000),
    'a-'.repeat(50_000),
    'a.'.repeat(50_000),
    '1'.repeat(100_000),
  ];
  for (const text of texts) {
    const started = performance.now();
    runSignals(DEFAULT_GUIDANCE_PACK.signals, [{ id: 'm-1', text }], { budgetMs: Infinity });
    expect(performance.now() - started, text.slice(0, 10)).toBeLessThan(1000);
  }
});

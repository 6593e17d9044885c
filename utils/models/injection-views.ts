import { normalise } from '../text/normalise';

/**
 * The readings of one text the injection patterns run over: the normalised text, and where the
 * text hides words from a pattern, the words it hides (leetspeak, s.p.a.c.e.d letters,
 * scrambled middles, base64, hex, %-escapes, HTML entities, ROT13). Each reading is computed
 * only when the text shows the trick, so an ordinary message costs one pass.
 */

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const LEET_WORD = /[a-z0-9@$!|]*[a-z][a-z0-9@$!|]*/g;
const HAS_LEET = /[a-z][0-9@$|]|[0-9@$|][a-z]/;

function unleet(text: string, one: string): string {
  return text.replace(LEET_WORD, (word) =>
    /[0-9@$!|]/.test(word)
      ? [...word].map((c) => (c === '1' ? one : (LEET[c] ?? c))).join('')
      : word,
  );
}

// Words an injection needs; scrambled middles ("ignroe all prevoius instructions") still read.
const KEYWORDS = [
  'ignore',
  'disregard',
  'forget',
  'previous',
  'instructions',
  'system',
  'prompt',
  'bypass',
  'safety',
  'override',
  'reveal',
  'guidelines',
  'restrictions',
  'directions',
  'above',
  'rules',
];
const scrambleKey = (w: string) =>
  `${w[0]}${w.slice(1, -1).split('').toSorted().join('')}${w.at(-1)}`;
const UNSCRAMBLE = new Map(KEYWORDS.map((w) => [scrambleKey(w), w]));

function unscramble(text: string): string {
  return text.replace(/[a-z]{4,}/g, (w) => UNSCRAMBLE.get(scrambleKey(w)) ?? w);
}

const SPACED = /\b(?:[a-z][ .\-_*/]){3,}[a-z]\b/g;
const BASE64 = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX = /\b(?:[0-9a-fA-F]{2}[ :]?){12,}/g;
const PRINTABLE = /^[\x20-\x7e\s\u00a0-\uffff]*$/;

function decodeBytes(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // Something meant to be read has words: random ids and hashes decode to noise.
  return PRINTABLE.test(text) &&
    !text.includes('\uFFFD') &&
    /[a-zA-Z]{2,}\s+[a-zA-Z]{2,}/.test(text)
    ? text
    : undefined;
}

function fromBase64(token: string): string | undefined {
  try {
    const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, ''));
    return decodeBytes(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

function fromHex(run: string): string | undefined {
  const pairs = run.replace(/[ :]/g, '').match(/../g) ?? [];
  return decodeBytes(Uint8Array.from(pairs, (p) => parseInt(p, 16)));
}

function decoded(raw: string): string[] {
  const out: string[] = [];
  // Text spelled in Unicode tag characters is hidden from the reviewer; read it on its own too.
  for (const hidden of raw.match(/[\u{E0020}-\u{E007E}]+/gu) ?? []) {
    out.push(String.fromCharCode(...[...hidden].map((c) => c.codePointAt(0)! - 0xe0000)));
  }
  const text = normalise(raw);
  for (const token of text.match(BASE64) ?? []) out.push(fromBase64(token) ?? '');
  for (const run of text.match(HEX) ?? []) out.push(fromHex(run) ?? '');
  if (/%[0-9a-f]{2}.*%[0-9a-f]{2}/i.test(text)) {
    try {
      out.push(decodeURIComponent(text.replace(/\+/g, ' ')));
    } catch {
      /* not %-encoded after all */
    }
  }
  if (/&#x?[0-9a-f]+;/i.test(text)) {
    out.push(
      text.replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, n: string) =>
        String.fromCodePoint(Math.min(parseInt(n, hex ? 16 : 10), 0x10ffff)),
      ),
    );
  }
  if (/\brot[ -]?13\b/i.test(text)) {
    out.push(
      text.replace(/[a-z]/gi, (c) => {
        const base = c <= 'Z' ? 65 : 97;
        return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
      }),
    );
  }
  return out.filter((s) => s.length > 0);
}

const tidy = (text: string) => normalise(text).toLowerCase().replace(/\s+/g, ' ');

/** Lower-cased readings of `text`; `depth` bounds encodings inside encodings. */
export function readings(text: string, depth = 2): string[] {
  const plain = tidy(text);
  const views = new Set([plain]);
  if (HAS_LEET.test(plain)) {
    views.add(unleet(plain, 'i'));
    views.add(unleet(plain, 'l'));
  }
  views.add(plain.replace(SPACED, (run) => run.replace(/[ .\-_*/]/g, '')));
  views.add(unscramble(plain));
  // Handles and ids join words with underscores: "@you_are_now_dan".
  if (plain.includes('_')) views.add(plain.replace(/_+/g, ' '));
  if (depth > 0)
    for (const inner of decoded(text)) readings(inner, depth - 1).forEach((v) => views.add(v));
  return [...views];
}

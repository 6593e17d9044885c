/**
 * Masking graphic terms in case text shown in the panel. Terms are plain words from the lead's
 * guidance (or the small list below), matched literally, case-insensitively, at the start of a
 * word (so "behead" also masks "beheading"): no pattern from guidance or the page is ever run as
 * a regular expression.
 */
export const DEFAULT_MASK_TERMS: readonly string[] = [
  'behead',
  'blood',
  'corpse',
  'decapitat',
  'dismember',
  'gore',
  'gory',
  'mutilat',
  'suicide',
  'self-harm',
  'cutting myself',
  'kill myself',
  'torture',
  'rape',
  'massacre',
];

export interface TextPart {
  text: string;
  masked: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const wordStart = (text: string, at: number) => at === 0 || !WORD.test(text[at - 1]!);

/** Splits text into plain and masked parts; a text with no term is one plain part. */
export function maskParts(text: string, terms: readonly string[]): TextPart[] {
  const lower = text.toLowerCase();
  const wanted = [...new Set(terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0))];
  const spans: [number, number][] = [];
  for (const term of wanted) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      if (!wordStart(lower, at)) continue;
      // The whole word is masked, not only its first letters ("beheading", not "behead|ing").
      let end = at + term.length;
      while (end < text.length && WORD.test(text[end]!)) end += 1;
      spans.push([at, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    if (end <= from) continue;
    const begin = Math.max(start, from);
    if (begin > from) parts.push({ text: text.slice(from, begin), masked: false });
    parts.push({ text: text.slice(begin, end), masked: true });
    from = end;
  }
  if (from < text.length || parts.length === 0)
    parts.push({ text: text.slice(from), masked: false });
  return parts;
}

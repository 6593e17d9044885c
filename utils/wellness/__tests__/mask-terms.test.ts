import { expect, test } from 'vitest';
import { DEFAULT_MASK_TERMS, maskParts } from '../mask-terms';

const masked = (text: string, terms: readonly string[] = DEFAULT_MASK_TERMS) =>
  maskParts(text, terms)
    .filter((part) => part.masked)
    .map((part) => part.text);

test('terms are masked as whole words, case-insensitively, at the start of a word', () => {
  expect(masked('A BEHEADING video, and blood everywhere')).toEqual(['BEHEADING', 'blood']);
  // Inside another word is not a match: "bloodless" starts with it, "lifeblood" does not.
  expect(masked('lifeblood and bloodless')).toEqual(['bloodless']);
});

test('the text is kept whole around the masks, and text without a term is one plain part', () => {
  const parts = maskParts('see the gore here', ['gore']);
  expect(parts.map((p) => p.text).join('')).toBe('see the gore here');
  expect(maskParts('nothing here', ['gore'])).toEqual([{ text: 'nothing here', masked: false }]);
});

test("a lead's term is matched literally, never as a pattern", () => {
  expect(masked('a.b matches? axb no', ['a.b'])).toEqual(['a.b']);
  expect(masked('anything at all', ['.*', '[a-z]+', 'a|b'])).toEqual([]);
});

test('overlapping terms give one mask', () => {
  expect(masked('kill myself now', ['kill myself', 'kill'])).toEqual(['kill myself']);
});

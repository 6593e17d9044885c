import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNameLists } from '../../../scripts/build-name-lists';
import { createRedactor } from '../redactor';
import { DEFAULT_REDACTION } from '../settings';

const redact = (text: string) => createRedactor({}, DEFAULT_REDACTION).redact(text);

describe('names without a cue word', () => {
  it.each([
    ['given name alone', 'Ingrid, can you check this?', '[NAME_1], can you check this?'],
    ['given and surname', 'Ingrid Solberg posted my photo', '[NAME_1] posted my photo'],
    ['particle', 'report Pieter de Jong please', 'report [NAME_1] please'],
    ['written without diacritics', 'ask Lukasz Nowak about it', 'ask [NAME_1] about it'],
    ['Cyrillic', 'Ольга Петрова пишет мне', '[NAME_1] пишет мне'],
    ['possessive', "Giulia's post is fake", "[NAME_1]'s post is fake"],
    ['common word with a surname', 'I think Will Smith sent it', 'I think [NAME_1] sent it'],
    ['place with a surname', 'Sofia Lindqvist wrote again', '[NAME_1] wrote again'],
    [
      'article with a listed surname',
      'it was a Giulia Esposito fan page',
      'it was a [NAME_1] fan page',
    ],
  ])('%s', (_label, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('finds a surname again alone once the full name was seen', () => {
    expect(redact('Ingrid Solberg wrote first; later Solberg deleted it.')).toBe(
      '[NAME_1] wrote first; later [NAME_2] deleted it.',
    );
  });

  it('keeps the given name when an address swallows the surname', () => {
    expect(redact('Ingrid Solberg\nNorth Star\nRua Augusta 120, 1100-048 Lisboa')).toBe(
      '[NAME_1] [ADDRESS_1]',
    );
  });

  it('gives a name typed with and without diacritics one placeholder', () => {
    const redactor = createRedactor({}, DEFAULT_REDACTION);
    expect(redactor.redactAll(['Łukasz Nowak again', 'Lukasz Nowak again'])).toEqual([
      '[NAME_1] again',
      '[NAME_1] again',
    ]);
  });
});

describe('capitalised words that are not names', () => {
  it.each([
    'Will you refund me?',
    'May I appeal this?',
    'Grace period is over.',
    'Mark it as resolved.',
    'Bill me yearly.',
    'Hope it helps.',
    'It happened in June and again on Monday.',
    'Shipped to Georgia last week.',
    'We flew to Paris in April.',
    'Take the Victoria Line from there.',
    'Her card is from Chase Bank.',
    'The Jordan sneakers are fake.',
    'I live in Sofia now.',
    'Le Monde and El Pais reported it.',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

it('a 100 000-character text of capitalised words is redacted in linear time', () => {
  for (const text of ['Ingrid Solberg '.repeat(6_700), 'Will May Grace '.repeat(6_700)]) {
    const started = performance.now();
    redact(text);
    expect(performance.now() - started, text.slice(0, 15)).toBeLessThan(1000);
  }
});

it('name-lists.json is what scripts/build-name-lists.ts makes from the packages', () => {
  const file = join(import.meta.dirname, '..', 'name-lists.json');
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(buildNameLists());
});

import { describe, expect, it } from 'vitest';
import { normalise, originalRange } from '../normalise';
import { redactCase } from '../redact-case';
import { createRedactor } from '../redactor';
import { DEFAULT_REDACTION } from '../settings';

const redact = (text: string) => createRedactor({}, DEFAULT_REDACTION).redact(text);

describe('disguised characters do not hide a value', () => {
  it.each([
    [
      'zero-width space inside a card',
      'Card 4111\u200b1111\u200b1111\u200b1111 ok',
      'Card [CARD_1] ok',
    ],
    ['soft hyphen and word joiner in a phone', 'Call +44\u00ad20\u20607946 0958', 'Call [PHONE_1]'],
    ['fullwidth digits and at sign', 'mail ｊａｎｅ＠ｅｘａｍｐｌｅ.com', 'mail [EMAIL_1]'],
    ['fullwidth card', 'pay ４１１１ １１１１ １１１１ １１１１.', 'pay [CARD_1].'],
    ['Arabic-Indic digits', 'رقمي +٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨ شكرا', 'رقمي [PHONE_1] شكرا'],
    [
      'Devanagari digits in an IBAN',
      'IBAN DE८९ ३७०४ ००४४ ०५३२ ०१३० ०० thanks',
      'IBAN [IBAN_1] thanks',
    ],
    ['Unicode minus in an SSN', 'SSN 078−05−1123.', 'SSN [SSN_1].'],
    ['combining marks on digits', 'card 4\u03011\u030111 1111 1111 1111 ok', 'card [CARD_1] ok'],
  ])('%s', (_, text, expected) => expect(redact(text)).toBe(expected));

  it('maps normalised offsets back to the original characters', () => {
    const original = 'a\u200b４２ b';
    const n = normalise(original);
    expect(n.text).toBe('a42 b');
    const [start, end] = originalRange(n, 1, 3);
    expect(original.slice(start, end)).toBe('\u200b４２'.slice(1));
    expect(originalRange(n, 0, 3)).toEqual([0, 4]);
  });

  it('keeps every character around a redacted value as it was', () => {
    const text = 'Ｈｉ — my card: 4111\u200b1111 1111 1111 ✓ (ｔｈａｎｋｓ)';
    expect(redact(text)).toBe('Ｈｉ — my card: [CARD_1] ✓ (ｔｈａｎｋｓ)');
  });
});

const caseOf = (texts: string[]) => ({
  id: 'c',
  console: 'demo',
  url: 'https://console.example.com/c',
  items: texts.map((text, i) => ({
    id: `m${i}`,
    author: 'a',
    role: 'reporter' as const,
    text,
    media: [],
  })),
});

describe('a value split across two adjacent messages', () => {
  it.each([
    [
      ['my number is +33 6 12', '34 56 78 call me'],
      ['my number is [PHONE_1]', '[PHONE_1] call me'],
    ],
    [
      ['card 4111 1111', '1111 1111 exp 12/29'],
      ['card [CARD_1]', '[CARD_1] exp 12/29'],
    ],
    [
      ['card: 42424242', '42424242 thanks'],
      ['card: [CARD_1]', '[CARD_1] thanks'],
    ],
    [
      ['iban DE89 3704 0044', '0532 0130 00'],
      ['iban [IBAN_1]', '[IBAN_1]'],
    ],
  ])('%j', (texts, expected) => {
    expect(redactCase(caseOf(texts), DEFAULT_REDACTION).items.map((i) => i.text)).toEqual(expected);
  });

  it('leaves two ordinary messages that end and start with numbers alone', () => {
    const texts = ['We met in 2024', '15 people came, see page 12'];
    expect(redactCase(caseOf(texts), DEFAULT_REDACTION).items.map((i) => i.text)).toEqual(texts);
  });
});

describe('national-form phone numbers without a cue word', () => {
  it.each([
    '07400 123456',
    '0121 234 5678',
    '01 23 45 67 89',
    '01512 3456789',
    '612 34 56 78',
    '312 345 6789',
    '(11) 96123-4567',
    '0412 345 678',
    '090-1234-5678',
    '98765 43210',
  ])('%s', (phone) => expect(redact(`ok so ${phone} anyway`)).toBe('ok so [PHONE_1] anyway'));
});

describe('look-alikes stay', () => {
  it.each([
    'Please update the app to 2.3.10.4 and retry.',
    'Fixed in release 10.2.0.1 (build 77).',
    'Case 4111111111111111 was reopened.',
    'ticket #4532015112830366 escalated',
    'We had 3 400 000 visitors; 2010-2020 was better.',
    'The platform has 450 000 000 users and 312 456 789 EUR revenue.',
  ])('%s', (text) => expect(redact(text)).toBe(text));

  it('an address cue still wins over a version word further away', () => {
    expect(redact('After the update, logged in from 2.3.10.4')).toBe(
      'After the update, logged in from [IP_1]',
    );
  });
});

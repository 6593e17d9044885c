import { describe, expect, it } from 'vitest';
import { luhnValid } from '../checksums';
import { redactCase } from '../redact-case';
import { createRedactor } from '../redactor';
import { DEFAULT_REDACTION } from '../settings';
import { CONTEXTS, ORDINARY_TEXT, PHONES_IN_CONTEXT, PII_EXAMPLES } from './pii-corpus';

const LABELS = { email: 'EMAIL', phone: 'PHONE', card: 'CARD', iban: 'IBAN', ip: 'IP' } as const;
const redactor = () => createRedactor({}, DEFAULT_REDACTION);

describe('recall on the PII corpus', () => {
  for (const { kind, value } of PII_EXAMPLES) {
    it(`${kind}: ${value}`, () => {
      const label = LABELS[kind as keyof typeof LABELS];
      for (const context of CONTEXTS) {
        const actual = redactor().redact(context(value));
        expect(actual, context(value)).toBe(context(`[${label}_1]`));
      }
    });
  }

  it('phone numbers announced by the words before them', () => {
    for (const text of PHONES_IN_CONTEXT) {
      expect(redactor().redact(text), text).toMatch(/\[PHONE_1\]/);
    }
  });
});

describe('no false hits on ordinary text', () => {
  it.each(ORDINARY_TEXT)('%s', (text) => expect(redactor().redact(text)).toBe(text));

  it('checksums refuse look-alikes', () => {
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(redactor().redact('IBAN DE89 3704 0044 0532 0130 01')).toBe(
      'IBAN DE89 3704 0044 0532 0130 01',
    );
    expect(redactor().redact('Card 4111 1111 1111 1112.')).toBe('Card 4111 1111 1111 1112.');
  });
});

describe('placeholders are consistent within a case', () => {
  it('the same value gets the same placeholder across items; others are numbered', () => {
    const caseData = {
      id: 'c-1',
      console: 'demo',
      url: 'https://console.example.com/cases/c-1',
      reporter: { id: 'u-1001', handle: '@maria_k', name: 'Maria Keller' },
      reported: { id: 'u-2002', handle: 'dark_knight99', name: 'Tom Baker' },
      items: [
        {
          id: 'm-1',
          author: 'Maria',
          role: 'reporter' as const,
          text: 'Mail Jane@Example.com or +44 20 7946 0958',
          media: [],
        },
        {
          id: 'm-2',
          author: 'Tom',
          role: 'reported' as const,
          text: 'jane@example.com? try bob@example.com',
          media: [],
        },
        {
          id: 'm-3',
          author: 'Agent',
          role: 'agent' as const,
          text: 'Maria Keller reported @dark_knight99 (u-2002). Tom  Baker said maria_k lies; u-1001 agrees.',
          media: [],
        },
      ],
    };
    const expected = [
      'Mail [EMAIL_1] or [PHONE_1]',
      '[EMAIL_1]? try [EMAIL_2]',
      '[REPORTER] reported [REPORTED_USER] ([REPORTED_USER]). [REPORTED_USER] said [REPORTER] lies; [REPORTER] agrees.',
    ];
    const actual = redactCase(caseData, DEFAULT_REDACTION);
    expect(actual.items.map((i) => i.text)).toEqual(expected);
    expect(actual.redactor.counts()).toEqual({ email: 2, phone: 1, reporter: 1, reported: 1 });
  });

  it('each kind can be turned off, and redaction as a whole', () => {
    const text = 'Call +44 20 7946 0958 or mail a@b.io';
    expect(createRedactor({}, { ...DEFAULT_REDACTION, phones: false }).redact(text)).toBe(
      'Call +44 20 7946 0958 or mail [EMAIL_1]',
    );
    expect(createRedactor({}, { ...DEFAULT_REDACTION, enabled: false }).redact(text)).toBe(text);
  });

  it('short party values are not replaced inside ordinary words', () => {
    const r = createRedactor(
      { reported: { id: '7', handle: 'al', name: 'Al' } },
      DEFAULT_REDACTION,
    );
    expect(r.redact('Total 7 items, also al dente')).toBe('Total 7 items, also al dente');
  });
});

it('adversarial 100 000-character texts are redacted in linear time', () => {
  const texts = [
    '1'.repeat(100_000),
    '1 '.repeat(50_000),
    'a.'.repeat(50_000),
    'DE12 '.repeat(20_000),
    'a'.repeat(100_000),
    'ab@'.repeat(30_000),
    'a:'.repeat(50_000),
    'Tom '.repeat(25_000),
    '٤'.repeat(100_000),
    '\u200b4'.repeat(50_000),
    'Ｔｏｍ '.repeat(25_000),
  ];
  for (const text of texts) {
    const started = performance.now();
    createRedactor({ reported: { name: 'Tom Baker', handle: 'tb99' } }, DEFAULT_REDACTION).redact(
      text,
    );
    expect(performance.now() - started, text.slice(0, 10)).toBeLessThan(1000);
  }
});

import { describe, expect, it } from 'vitest';
import { createRedactor } from '../redactor';
import { DEFAULT_REDACTION, type RedactionSettings } from '../settings';

const redact = (text: string) => createRedactor({}, DEFAULT_REDACTION).redact(text);

describe('detectors for the kinds that had none', () => {
  it.each([
    ['SSN 3-2-4', 'my ssn is 078-05-1123 ok', 'my ssn is [SSN_1] ok'],
    ['SSN bare with cue', 'Social security number: 078051123.', 'Social security number: [SSN_1].'],
    ['UK NINO', 'NI number AB 12 34 56 C please', 'NI number [NATIONAL_ID_1] please'],
    ['Spanish DNI', 'Mi DNI es 12345678Z.', 'Mi DNI es [NATIONAL_ID_1].'],
    ['Aadhaar', 'aadhaar 3123 4567 8909', 'aadhaar [NATIONAL_ID_1]'],
    ['profile link', 'see instagram.com/jane.doe99 now', 'see instagram.com[URL_1] now'],
    [
      'link path',
      'go to https://scam.example/u/8812?ref=jane.',
      'go to https://scam.example[URL_1].',
    ],
    ['MAC', 'device 00:1A:2B:3C:4D:5E joined', 'device [MAC_1] joined'],
    ['bitcoin', 'send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 now', 'send to [WALLET_1] now'],
    ['bech32', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', '[WALLET_1]'],
    ['ethereum', 'eth 0x52908400098527886E0F7030069857D2E4169EE7.', 'eth [WALLET_1].'],
    [
      'third-party name',
      'my neighbour Tom Baker keeps calling',
      'my neighbour [NAME_1] keeps calling',
    ],
    ['honorific', 'Mrs. Keller said so', 'Mrs. [NAME_1] said so'],
    ['US address', 'I live at 742 Evergreen Terrace, Springfield.', 'I live at [ADDRESS_1].'],
    ['German address', 'Ich wohne Hauptstraße 5, 10115 Berlin.', 'Ich wohne [ADDRESS_1].'],
  ])('%s', (_, text, expected) => expect(redact(text)).toBe(expected));

  it.each([
    'SSN-like 000-12-3456 and 666-12-3456 and 912-34-5678 are never issued',
    'Bitcoin 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 fails its checksum',
    'broadcast FF:FF:FF:FF:FF:FF and time 10:30:45',
    'I am Going home, this is Fine.',
    'https://example.com/ is the site',
  ])('leaves %s', (text) => expect(redact(text)).toBe(text));

  it('each new kind has its own switch', () => {
    const text =
      'ssn 078-05-1123, mac 00:1A:2B:3C:4D:5E, wallet bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
    const off: Partial<RedactionSettings> = {
      governmentIds: false,
      phones: false,
      macs: false,
      wallets: false,
    };
    expect(createRedactor({}, { ...DEFAULT_REDACTION, ...off }).redact(text)).toBe(text);
  });
});

describe('parties by the parts of their name and the variants of their handle', () => {
  const parties = {
    reporter: { name: 'Maria Keller', handle: '@maria_k' },
    reported: { name: 'Tom Baker', handle: 'dark_knight99' },
  };
  it.each([
    ['Keller lied again', '[REPORTER] lied again'],
    ['ask Tom about it', 'ask [REPORTED_USER] about it'],
    [
      'darkknight99 and Dark.Knight99 and dark knight',
      '[REPORTED_USER] and [REPORTED_USER] and [REPORTED_USER]',
    ],
    ['the tom in the story keeps his tomato', 'the tom in the story keeps his tomato'],
  ])('%s', (text, expected) => {
    expect(createRedactor(parties, DEFAULT_REDACTION).redact(text)).toBe(expected);
  });
});

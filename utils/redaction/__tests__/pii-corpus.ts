import type { PiiKind } from '../span';

/**
 * Personal data the redactor must find (recall), and ordinary text it must leave alone
 * (precision). Numbers are public test values: card numbers from issuers' test ranges, IBANs
 * from the ISO 13616 examples, addresses from the documentation blocks.
 */
export const PII_EXAMPLES: { kind: PiiKind; value: string }[] = [
  { kind: 'email', value: 'jane.doe@example.com' },
  { kind: 'email', value: 'JOHN_SMITH+spam@mail.co.uk' },
  { kind: 'email', value: 'x@y.io' },
  { kind: 'email', value: 'first.last@sub.domain.org' },
  { kind: 'email', value: 'jo [at] example [dot] com' },
  { kind: 'email', value: 'user(at)example(dot)net' },
  { kind: 'phone', value: '+1 415 555 2671' },
  { kind: 'phone', value: '+14155552671' },
  { kind: 'phone', value: '(415) 555-2671' },
  { kind: 'phone', value: '415-555-2671' },
  { kind: 'phone', value: '415.555.2671' },
  { kind: 'phone', value: '+1-800-555-0199' },
  { kind: 'phone', value: '+44 20 7946 0958' },
  { kind: 'phone', value: '+44 (0)20 7946 0958' },
  { kind: 'phone', value: '020 7946 0958' },
  { kind: 'phone', value: '07700 900123' },
  { kind: 'phone', value: '+33 6 12 34 56 78' },
  { kind: 'phone', value: '06 12 34 56 78' },
  { kind: 'phone', value: '0044 20 7946 0958' },
  { kind: 'phone', value: '+49 30 12345678' },
  { kind: 'phone', value: '030 12345678' },
  { kind: 'phone', value: '+91 98765 43210' },
  { kind: 'phone', value: '0612345678' },
  { kind: 'card', value: '4111 1111 1111 1111' },
  { kind: 'card', value: '4111-1111-1111-1111' },
  { kind: 'card', value: '4111111111111111' },
  { kind: 'card', value: '5555 5555 5555 4444' },
  { kind: 'card', value: '3782 822463 10005' },
  { kind: 'card', value: '6011 1111 1111 1117' },
  { kind: 'card', value: '2223 0031 2200 3222' },
  { kind: 'card', value: '4012888888881881' },
  { kind: 'iban', value: 'DE89 3704 0044 0532 0130 00' },
  { kind: 'iban', value: 'GB82 WEST 1234 5698 7654 32' },
  { kind: 'iban', value: 'FR14 2004 1010 0505 0001 3M02 606' },
  { kind: 'iban', value: 'NL91ABNA0417164300' },
  { kind: 'iban', value: 'ES91 2100 0418 4502 0005 1332' },
  { kind: 'iban', value: 'BE68 5390 0754 7034' },
  { kind: 'ip', value: '192.168.1.24' },
  { kind: 'ip', value: '8.8.8.8' },
  { kind: 'ip', value: '203.0.113.7' },
  { kind: 'ip', value: '2001:db8::1' },
  { kind: 'ip', value: '2001:0db8:85a3:0000:0000:8a2e:0370:7334' },
  { kind: 'ip', value: 'fe80::1ff:fe23:4567:890a' },
  { kind: 'ip', value: '::ffff:192.0.2.128' },
];

/** Sentences around each example: start of text, mid-sentence, before punctuation. */
export const CONTEXTS = [
  (v: string) => `${v} is how you reach me`,
  (v: string) => `Please send it to ${v}, thanks.`,
  (v: string) => `My details (${v}).`,
  (v: string) => `Details:\n${v}\nBye`,
];

/** Phone numbers written without a telling shape, found only through the words before them. */
export const PHONES_IN_CONTEXT = [
  'call me on 5550199',
  'my phone: 555 01 99',
  'WhatsApp 4155552671 anytime',
  'text me at 555-0199',
];

export const ORDINARY_TEXT = [
  'The meeting is on 2024-03-15 at 10:30.',
  'Delivered 15.03.2024, invoice dated 03/15/2024, due 05.06.2024 10:30.',
  'Order #1234567890 shipped; order number 9876543210 is pending.',
  'Your order ORD-2024-0012345 was refunded. Reference: 0012345678.',
  'It costs $1,299.99 or €1.299,00 or 1 299,00 € per year; 0.99 USD or 10.50 EUR.',
  'Upgrade to version 1.2.3.4 or v10.0.19041.1; Chrome 124.0.6367.91 is out.',
  'The train leaves at 14:45:30 and arrives at 16:05; ratio 16:9, at 12:30:45.123.',
  'Tracking number 1Z999AA10123456784 and invoice 2024000123.',
  'We had 12 345 678 visitors in 2023 and 3 400 000 in 2022; population 1,234,567,890.',
  'Ticket 4111 was closed. Card ending in 1111 was declined.',
  'ISBN 978-3-16-148410-0, room 101, floor 3, building 7.',
  'Scores went from 0.82 to 0.91 between 2023 and 2024.',
  'Use std::vector and Foo::Bar in C++; a::b is not an address, nor is dead:beef.',
  'UUID 123e4567-e89b-12d3-a456-426614174000 and build 2024.03.15.1.',
  'Call me later, my shift ends at 10. Phone numbers are not allowed here.',
  'Account 12345678 sort code 12-34-56 (not redacted: not a type we handle).',
  'Between 1990-2000 and 2010-2020 sales rose from 150000 to 2500000.',
  'See RFC 2616 section 14.37 and ISO 8601; HTTP/1.1 200 OK.',
  'I am 25 years old, 180 cm tall, and I was born on 12/05/1999.',
  'Send 0.05 BTC to win 2 BTC! Offer ends 31.12.2026 at 23:59.',
  'Email me at the office; we meet at 9 am at Main St 12.',
];

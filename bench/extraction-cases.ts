import type { StoredCase } from '../server/db/cases';
import type { CaseItem } from '../utils/case/schema';

/**
 * Generated cases for the extraction bench: realistic message lengths, a few attachments and
 * right-to-left text, the same on every run.
 */

/** A deterministic pseudo-random source (mulberry32), so every run reads the same case. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN = [
  'Can someone look at this account?',
  'It keeps posting the same link in every group I am in.',
  'I asked them to stop twice and they just laughed at me.',
  'Here is the screenshot from yesterday evening.',
  'We are reviewing the report and will get back to you.',
  'This is the third time this week, honestly I am losing patience.',
  'Please do not share personal details in this chat.',
];
const RTL = [
  'شكراً، نحن نراجع البلاغ وسنعود إليك قريباً.',
  'هذا الحساب يرسل رسائل مزعجة إلى الجميع في المجموعة.',
  'אני לא מבין למה החשבון שלי נחסם בלי הסבר.',
  'תודה, קיבלנו את הדיווח ואנחנו בודקים.',
];
const PEOPLE: [string, CaseItem['role']][] = [
  ['maria.l', 'reporter'],
  ['jdoe_77', 'reported'],
  ['Trust desk (Sam)', 'agent'],
  ['tom_h', 'other'],
  ['System', 'system'],
];
const IMAGES = ['listing-box.svg', 'payment-receipt.svg', 'received-label.svg'];

/** Chat text lengths are skewed: 60% one-liners, 30% paragraphs, 10% long complaints. */
function text(next: () => number, rtl: boolean): string {
  const bucket = next();
  const [min, max] = bucket < 0.6 ? [20, 140] : bucket < 0.9 ? [140, 500] : [500, 1500];
  const length = min + next() * (max - min);
  const pool = rtl ? RTL : LATIN;
  let out = '';
  while (out.length < length) out += `${pool[Math.floor(next() * pool.length)]} `;
  return out.trim();
}

/**
 * A case of `n` messages for the demo console: realistic text lengths, an attachment on one
 * message in 40, right-to-left text in one in 8. Ids `C-BENCH-<n>`, stored beside the seed.
 */
export function benchCase(n: number): StoredCase {
  const next = random(n);
  const start = Date.UTC(2026, 10, 20, 8, 0);
  const items = Array.from({ length: n }, (_, i): CaseItem => {
    const [author, role] = PEOPLE[i % 17 === 0 ? 4 : Math.floor(next() * 4)]!;
    const file = IMAGES[i % IMAGES.length]!;
    return {
      id: `m-${i + 1}`,
      author,
      role,
      time: new Date(start + i * 20_000).toISOString(),
      text: text(next, i % 8 === 5),
      media:
        i % 40 === 7
          ? [{ id: `a-${i}`, kind: 'image', url: `/console/media/${file}`, alt: 'Screenshot' }]
          : [],
    };
  });
  return {
    id: `C-BENCH-${n}`,
    subject: `Long thread benchmark (${n} messages)`,
    status: 'open',
    queue: 'Harassment',
    priority: 'high',
    language: 'en',
    createdAt: new Date(start).toISOString(),
    slaDueAt: new Date(start + 86_400_000).toISOString(),
    reporter: { id: 'U-88213', name: 'Maria Lopez', handle: '@marial' },
    reported: { id: 'U-10442', name: 'jdoe_77' },
    items,
  };
}

/** The declarative twin of the demo-console adapter, as a lead would write it for this DOM. */

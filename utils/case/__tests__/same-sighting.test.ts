import { expect, it } from 'vitest';
import type { Extraction } from '../adapter';
import { adapters } from '../adapters';
import type { Case, CaseItem } from '../schema';
import { sameSighting } from '../same-sighting';
import type { CaseSighting } from '../watch-case';

const [demo, classic] = adapters as [(typeof adapters)[0], (typeof adapters)[0]];

const item = (n: number, patch: Partial<CaseItem> = {}): CaseItem => ({
  id: `m${n}`,
  author: `user${n % 3}`,
  role: 'other',
  time: '2026-11-01T10:00:00.000Z',
  text: `message ${n}`,
  media: [{ id: `p${n}`, kind: 'image', url: `https://cdn.example.com/${n}.png`, alt: 'a photo' }],
  ...patch,
});

/** A fresh read of a case: new objects every time, as each read of the page makes. */
function read(items: CaseItem[], patch: Partial<Case> = {}, adapter = demo): CaseSighting {
  const extraction: Extraction = {
    ok: true,
    case: { id: 'C-1', console: adapter.id, url: 'https://c.example/C-1', items, ...patch },
    missing: [],
  };
  return { kind: 'read', adapter, extraction: structuredClone(extraction) };
}
const thread = (changed?: [number, Partial<CaseItem>]) =>
  Array.from({ length: 50 }, (_, n) => item(n, changed?.[0] === n ? changed[1] : {}));

it('the same case read again (new objects) is the same sighting', () => {
  expect(sameSighting(read(thread()), read(thread()))).toBe(true);
  expect(sameSighting({ kind: 'none' }, { kind: 'none' })).toBe(true);
  expect(sameSighting({ kind: 'waiting', adapter: demo }, { kind: 'waiting', adapter: demo })).toBe(
    true,
  );
});

it.each([
  ['a message’s text', thread([49, { text: 'message 49!' }])],
  ['an author', thread([3, { author: 'someone else' }])],
  ['a role', thread([3, { role: 'reported' }])],
  ['a time', thread([3, { time: undefined }])],
  ['an image’s alt text', thread([10, { media: [{ ...item(10).media[0]!, alt: 'other' }] }])],
  ['an image added', thread([10, { media: [...item(10).media, ...item(11).media] }])],
  ['a message added', [...thread(), item(50)]],
  ['the order of messages', thread().toReversed()],
])('a change to %s is a new sighting', (_, items) => {
  expect(sameSighting(read(thread()), read(items))).toBe(false);
});

it('a change outside the messages, or of adapter or kind, is a new sighting', () => {
  expect(sameSighting(read(thread()), read(thread(), { subject: 'New subject' }))).toBe(false);
  expect(sameSighting(read(thread()), read(thread(), {}, classic))).toBe(false);
  const problem = (text: string): CaseSighting => ({
    kind: 'read',
    adapter: demo,
    extraction: { ok: false, problem: text },
  });
  expect(sameSighting(problem('No case id'), problem('No case id'))).toBe(true);
  expect(sameSighting(problem('No case id'), problem('Two case ids'))).toBe(false);
  expect(sameSighting(problem('No case id'), read(thread()))).toBe(false);
  expect(sameSighting({ kind: 'waiting', adapter: demo }, read(thread()))).toBe(false);
  expect(sameSighting({ kind: 'waiting', adapter: demo }, { kind: 'none' })).toBe(false);
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedCaseSchema } from '../db/cases';
import { GROUP_CHAT_LENGTH, seedCases } from '../index';
import { CONSOLE_DIR } from '../web/static-files';

const now = new Date('2026-11-20T12:00:00Z');
const cases = seedCases(now);

describe('seed cases', () => {
  it('has at least 12 valid cases with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const c of cases) storedCaseSchema.parse(c);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('is deterministic for a given time', () => {
    expect(seedCases(now)).toEqual(cases);
  });

  it('has one thread of exactly 300 messages with unique ids', () => {
    const long = cases.filter((c) => c.items.length === 300);
    expect(long.map((c) => c.id)).toEqual(['C-1010']);
    expect(GROUP_CHAT_LENGTH).toBe(300);
    expect(new Set(long[0]?.items.map((item) => item.id)).size).toBe(300);
  });

  it('has a non-English case and a right-to-left message', () => {
    expect(cases.filter((c) => c.language !== 'en').map((c) => c.language)).toContain('es');
    const texts = cases.flatMap((c) => c.items.map((item) => item.text));
    expect(texts.some((text) => /[\u0600-\u06FF]/.test(text))).toBe(true);
  });

  it('has a case with several images, all present on disk', () => {
    const imageCounts = cases.map((c) => c.items.flatMap((item) => item.media).length);
    expect(Math.max(...imageCounts)).toBeGreaterThanOrEqual(3);
    for (const media of cases.flatMap((c) => c.items.flatMap((item) => item.media))) {
      expect(media.url).toMatch(/^\/console\/media\/[a-z0-9-]+\.svg$/);
      const onDisk = existsSync(join(CONSOLE_DIR, media.url.replace('/console/', '')));
      expect({ url: media.url, onDisk }).toEqual({ url: media.url, onDisk: true });
    }
  });

  it('has every role, and SLAs both overdue and still open', () => {
    const roles = new Set(cases.flatMap((c) => c.items.map((item) => item.role)));
    expect([...roles].toSorted()).toEqual(['agent', 'other', 'reported', 'reporter', 'system']);
    const due = cases.map((c) => Date.parse(c.slaDueAt ?? '') - now.getTime());
    expect(due.some((ms) => ms < 0)).toBe(true);
    expect(due.some((ms) => ms > 0 && ms < 3_600_000)).toBe(true);
  });

  it('gives every case parties, times and a queue', () => {
    for (const c of cases) {
      expect(c).toMatchObject({
        subject: expect.any(String),
        status: expect.any(String),
        queue: expect.any(String),
        priority: expect.any(String),
        createdAt: expect.stringMatching(/^2026-11-\d\dT\d\d:\d\d:00Z$/),
        reporter: { id: expect.any(String), name: expect.any(String) },
        reported: { id: expect.any(String), handle: expect.stringMatching(/^@/) },
      });
    }
  });
});

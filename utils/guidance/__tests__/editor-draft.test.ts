import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import { draftOnLoad, type StoredDraft } from '../editor-draft';
import type { GuidancePack } from '../schema';

const published = (version: number, harassment = 0.6): GuidancePack => {
  const pack = structuredClone({ ...DEFAULT_GUIDANCE_PACK, version });
  pack.policies[0]!.thresholds.harassment = harassment;
  return pack;
};
const draft = (baseVersion: number, harassment: number): StoredDraft => ({
  baseVersion,
  pack: published(baseVersion, harassment),
  savedAt: '2026-11-27T10:00:00.000Z',
});

describe('a kept draft when the editor loads', () => {
  it('is edited again when it was made on the published version', () => {
    expect(draftOnLoad(draft(3, 0.85), published(3))).toBe('restore');
  });

  it('is offered, not applied, when someone published since', () => {
    expect(draftOnLoad(draft(3, 0.85), published(4, 0.7))).toBe('offer-stale');
  });

  it('is dropped once what it holds is what is published (it was just published)', () => {
    const justPublished = { ...published(4, 0.85), publisher: 'Priya', signature: 'x' };
    expect(draftOnLoad(draft(3, 0.85), justPublished)).toBe('none');
    expect(draftOnLoad(null, published(4))).toBe('none');
  });

  it('is ignored when it claims a base newer than anything published', () => {
    expect(draftOnLoad(draft(9, 0.85), published(4))).toBe('none');
  });
});

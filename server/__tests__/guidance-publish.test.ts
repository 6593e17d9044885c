import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import {
  guidanceVersionListSchema,
  guidanceVersionSummarySchema,
  packRejectedSchema,
} from '../../utils/guidance/api-schema';
import { DEFAULT_GUIDANCE_PACK } from '../../utils/guidance/default-pack';
import { guidancePackSchema, type GuidancePack } from '../../utils/guidance/schema';
import { generateSigningKeys, signPack, verifyPack } from '../../utils/guidance/signature';
import { guidanceApp } from './guidance-helpers';

const edited = (change: (pack: GuidancePack) => void) => {
  const pack = structuredClone(DEFAULT_GUIDANCE_PACK);
  change(pack);
  return pack;
};
const stricter = edited((p) => (p.policies[0]!.thresholds.harassment = 0.8));
const code = async (response: Response) => apiErrorSchema.parse(await response.json()).error.code;

describe('POST /api/guidance/versions', () => {
  it('is refused to reviewers and trainers (403), allowed to leads and admins', async () => {
    const { publish } = guidanceApp();
    expect((await publish('reviewer', { pack: stricter })).status).toBe(403);
    expect((await publish('trainer', { pack: stricter })).status).toBe(403);
    expect((await publish('lead', { pack: stricter })).status).toBe(201);
    expect((await publish('admin', { pack: stricter })).status).toBe(201);
  });

  it('numbers an unsigned pack previous + 1 and takes publisher and time from the token', async () => {
    const { publish, request, setNow } = guidanceApp();
    setNow(new Date('2026-11-27T11:00:00Z'));
    const response = await publish('lead', { baseVersion: 1, pack: { ...stricter, version: 77 } });
    expect(response.status).toBe(201);
    expect(guidanceVersionSummarySchema.parse(await response.json())).toEqual({
      version: 2,
      publisherId: 'lead-priya',
      publisher: 'Priya Lead',
      publishedAt: '2026-11-27T11:00:00.000Z',
      signed: false,
      baseVersion: 1,
    });
    expect(response.headers.get('location')).toBe('/api/guidance/versions/2');

    const current = await request('/guidance/current', 'reviewer');
    expect(current.headers.get('etag')).toBe(response.headers.get('etag'));
    const pack = guidancePackSchema.parse(await current.json());
    expect(pack).toMatchObject({ version: 2, publisher: 'Priya Lead' });
    expect(pack.policies[0]?.thresholds.harassment).toBe(0.8);
  });

  it('refuses a stale base version with 409, so two leads cannot overwrite each other', async () => {
    const { publish } = guidanceApp();
    expect((await publish('lead', { baseVersion: 1, pack: stricter })).status).toBe(201);
    const second = await publish('admin', { baseVersion: 1, pack: DEFAULT_GUIDANCE_PACK });
    expect(second.status).toBe(409);
    const { error } = apiErrorSchema.parse(await second.json());
    expect(error).toMatchObject({ code: 'stale_base' });
    expect(error.message).toMatch(/version 2 has been published since/);
  });

  it('refuses an invalid pack with 422 listing every problem by field', async () => {
    const { publish } = guidanceApp();
    const bad = edited((p) => {
      p.actions[3]!.hotkey = '2';
      p.signals[0]!.policyId = 'nope';
      p.signals[4]!.pattern = '(\\w)\\1';
    });
    const response = await publish('lead', { pack: bad });
    expect(response.status).toBe(422);
    const body = packRejectedSchema.parse(await response.json());
    expect(body.error.code).toBe('invalid_pack');
    expect(body.issues.map((i) => i.path)).toEqual([
      'actions.3.hotkey',
      'signals.0.policyId',
      'signals.4.pattern',
    ]);
    const schemaError = await publish('lead', { pack: { ...stricter, actions: [] } });
    expect(packRejectedSchema.parse(await schemaError.json()).issues[0]?.path).toBe('actions');
  });

  it('keeps a signed pack as signed; it must already carry the next version', async () => {
    const { publish, request } = guidanceApp();
    const keys = await generateSigningKeys();
    const wrong = await signPack({ ...stricter, version: 5 }, keys.privateKey);
    const mismatch = await publish('lead', { baseVersion: 1, pack: wrong });
    expect(mismatch.status).toBe(409);
    expect(await code(mismatch)).toBe('version_mismatch');

    const right = await signPack({ ...stricter, version: 2 }, keys.privateKey);
    const response = await publish('lead', { baseVersion: 1, pack: right });
    expect(response.status).toBe(201);
    expect(guidanceVersionSummarySchema.parse(await response.json()).signed).toBe(true);
    const served = guidancePackSchema.parse(
      await (await request('/guidance/current', 'reviewer')).json(),
    );
    expect(await verifyPack(served, keys.publicKey)).toEqual({ ok: true, checked: true });
  });

  it('refuses a body that is not JSON (400), not the envelope (400), or too large (413)', async () => {
    const { publish } = guidanceApp();
    expect(await code(await publish('lead', '{not json'))).toBe('invalid_json');
    expect(await code(await publish('lead', { baseVersion: 'one', pack: {} }))).toBe(
      'invalid_request',
    );
    const huge = await publish('lead', { pack: { ...stricter, publisher: 'x'.repeat(2_200_000) } });
    expect(huge.status).toBe(413);
  });
});

describe('GET /api/guidance/versions', () => {
  it('lists versions newest first, and serves any one of them', async () => {
    const { publish, request } = guidanceApp();
    await publish('lead', { pack: stricter });
    const list = guidanceVersionListSchema.parse(
      await (await request('/guidance/versions', 'reviewer')).json(),
    );
    expect(list.versions.map((v) => [v.version, v.publisher])).toEqual([
      [2, 'Priya Lead'],
      [1, 'Caselight default guidance'],
    ]);
    const first = await request('/guidance/versions/1', 'reviewer');
    expect(guidancePackSchema.parse(await first.json())).toEqual(DEFAULT_GUIDANCE_PACK);
    expect((await request('/guidance/versions/9', 'reviewer')).status).toBe(404);
    expect((await request('/guidance/versions/abc', 'reviewer')).status).toBe(404);
  });
});

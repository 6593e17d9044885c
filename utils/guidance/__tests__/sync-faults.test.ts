import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import { installPack } from '../ensure-installed';
import { installedPackStorage } from '../installed';
import type { GuidancePack } from '../schema';
import { generateSigningKeys, signPack } from '../signature';
import { syncGuidance } from '../sync';
import { guidanceSyncStorage, guidanceUpdateStorage } from '../sync-store';

/** Whatever the feed does, the last good pack stays and the panel is told why. */

const v = (version: number): GuidancePack => ({
  ...structuredClone(DEFAULT_GUIDANCE_PACK),
  version,
});
const ok =
  (body: string, etag = '"g-offer"', headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { status: 200, headers: { etag, ...headers } });

let answers: Array<() => Response>;
let sent: Headers[];
let keys: { privateKey: CryptoKey; publicKey: string };

beforeAll(async () => {
  keys = await generateSigningKeys();
});

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  answers = [];
  sent = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    sent.push(new Headers(init.headers));
    const answer = answers.shift();
    if (!answer) throw new TypeError('Failed to fetch');
    return answer();
  });
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: 'https://cases.test/api' });
  await writeSecret('caseApiToken', 'token');
  await installPack(v(3));
});
afterEach(() => vi.unstubAllGlobals());

/** One check, and what it left: the refusal, the pack in force, any banner. */
async function check() {
  const status = await syncGuidance();
  expect(await guidanceSyncStorage.getValue()).toEqual(status);
  return {
    state: status.state,
    reason: status.refusal?.reason,
    message: status.refusal?.message,
    installed: (await installedPackStorage.getValue())?.version,
    banner: await guidanceUpdateStorage.getValue(),
  };
}
const kept = (reason: string, message: RegExp = /./) => ({
  state: 'refused',
  reason,
  message: expect.stringMatching(message),
  installed: 3,
  banner: null,
});

describe('refused offers keep the last good pack', () => {
  it('malformed JSON, or JSON that is not a pack', async () => {
    for (const body of ['{"version": 4, ', 'null', '[]', '"x"', JSON.stringify({ version: 4 })]) {
      answers.push(ok(body));
      expect(await check()).toEqual(
        kept(body.startsWith('{"version": 4, ') ? 'malformed' : 'invalid'),
      );
    }
  });

  it('a pack that fails validation (unknown policy, a regex the panel would not run)', async () => {
    const bad = v(4);
    bad.signals[0]!.policyId = 'nope';
    answers.push(ok(JSON.stringify(bad)));
    expect(await check()).toEqual(kept('invalid', /signals\.0\.policyId: Unknown policy "nope"/));
    // The same check as at publish: a pattern the matcher cannot run is refused here too.
    const echo = v(4);
    echo.signals[4]!.pattern = '(\\w)\\1';
    answers.push(ok(JSON.stringify(echo)));
    expect(await check()).toEqual(kept('invalid', /signals\.4\.pattern: .*cannot run/));
    const typo = { ...v(4), policies: [{ ...v(4).policies[0]!, threshhold: {} }] };
    answers.push(ok(JSON.stringify(typo)));
    expect(await check()).toEqual(kept('invalid', /policies\.0\.threshhold: Unknown field/));
  });

  it('oversized, whether it says so up front or not', async () => {
    answers.push(ok('{}', '"g-big"', { 'content-length': String(3 * 1024 * 1024) }));
    expect(await check()).toEqual(kept('too-large', /over 2 MiB/));
    const huge = JSON.stringify({ ...v(4), padding: 'x'.repeat(2 * 1024 * 1024) });
    answers.push(ok(huge));
    expect(await check()).toEqual(kept('too-large'));
  });

  it('an older version (rollback), or the installed version with other content', async () => {
    answers.push(ok(JSON.stringify(v(2))));
    expect(await check()).toEqual(kept('rollback', /Version 2 is older than version 3/));
    const other = v(3);
    other.policies[0]!.thresholds.harassment = 0.9;
    answers.push(ok(JSON.stringify(other)));
    expect(await check()).toEqual(kept('conflict'));
  });

  it('with a key pinned: unsigned, signed with another key, or tampered after signing', async () => {
    const settings = { ...DEFAULT_SETTINGS, caseApiUrl: 'https://cases.test/api' };
    await saveSettings({
      ...settings,
      guidance: { ...settings.guidance, publicKey: keys.publicKey },
    });
    answers.push(ok(JSON.stringify(v(4))));
    expect(await check()).toEqual(kept('unsigned'));
    const other = await generateSigningKeys();
    answers.push(ok(JSON.stringify(await signPack(v(4), other.privateKey))));
    expect(await check()).toEqual(kept('bad-signature'));
    const tampered = await signPack(v(4), keys.privateKey);
    tampered.policies[0]!.thresholds.harassment = 0.99;
    answers.push(ok(JSON.stringify(tampered)));
    expect(await check()).toEqual(kept('bad-signature'));

    answers.push(ok(JSON.stringify(await signPack(v(4), keys.privateKey)), '"g4"'));
    expect(await syncGuidance()).toMatchObject({ state: 'ok', version: 4, etag: '"g4"' });
    expect(await guidanceUpdateStorage.getValue()).toMatchObject({ from: 3, to: 4, changes: [] });
  });
});

describe('a key pinned by the administrator (managed storage)', () => {
  it('wins over the options page: an empty or other key there cannot let unsigned guidance in', async () => {
    await fakeBrowser.storage.managed.set({ guidancePublicKey: keys.publicKey });
    const settings = { ...DEFAULT_SETTINGS, caseApiUrl: 'https://cases.test/api' };
    const other = await generateSigningKeys();
    await saveSettings({
      ...settings,
      guidance: { ...settings.guidance, publicKey: other.publicKey },
    });
    answers.push(ok(JSON.stringify(v(4))));
    expect(await check()).toEqual(kept('unsigned'));
    answers.push(ok(JSON.stringify(await signPack(v(4), other.privateKey))));
    expect(await check()).toEqual(kept('bad-signature'));
    answers.push(ok(JSON.stringify(await signPack(v(4), keys.privateKey))));
    expect(await syncGuidance()).toMatchObject({ state: 'ok', version: 4 });
  });

  it('a managed value that is no key refuses everything rather than accepting unsigned packs', async () => {
    await fakeBrowser.storage.managed.set({ guidancePublicKey: 'not-a-key' });
    answers.push(ok(JSON.stringify(v(4))));
    expect(await check()).toEqual(kept('bad-key'));
  });
});

describe('a refusal stands until something changes', () => {
  it('sends the refused ETag back, so a 304 on it keeps the refusal without a download', async () => {
    answers.push(ok(JSON.stringify(v(2)), '"g2"'));
    expect(await check()).toEqual(kept('rollback'));
    answers.push(() => new Response(null, { status: 304, headers: { etag: '"g2"' } }));
    expect(await syncGuidance()).toMatchObject({
      state: 'refused',
      refusal: { reason: 'rollback' },
    });
    expect(sent[1]?.get('if-none-match')).toBe('"g2"');
  });

  it('judges the offer again once the pinned key changes', async () => {
    answers.push(ok(JSON.stringify(v(4)), '"g4"'));
    const settings = { ...DEFAULT_SETTINGS, caseApiUrl: 'https://cases.test/api' };
    await saveSettings({
      ...settings,
      guidance: { ...settings.guidance, publicKey: keys.publicKey },
    });
    expect(await check()).toEqual(kept('unsigned'));
    await saveSettings(settings);
    answers.push(ok(JSON.stringify(v(4)), '"g4"'));
    expect(await syncGuidance()).toMatchObject({ state: 'ok', version: 4 });
    expect(sent[1]?.get('if-none-match')).toBeNull();
  });
});

describe('an unreachable or unhappy case API', () => {
  it('says so, keeps the pack, and keeps the ETag it had', async () => {
    answers.push(ok(JSON.stringify(v(4)), '"g4"'));
    await syncGuidance();
    const cases: [() => Response, string][] = [
      [() => new Response('{}', { status: 500 }), 'bad-response'],
      [() => new Response('{}', { status: 401 }), 'unauthorized'],
    ];
    for (const [answer, state] of cases) {
      answers.push(answer);
      expect(await syncGuidance()).toMatchObject({ state, version: 4, etag: '"g4"' });
    }
    // No answer at all: fetch rejects.
    expect(await syncGuidance()).toMatchObject({ state: 'unreachable', version: 4, etag: '"g4"' });
    expect(sent.at(-1)?.get('if-none-match')).toBe('"g4"');
    expect((await installedPackStorage.getValue())?.version).toBe(4);
  });

  it('makes one request for checks asked for at the same time (ten panels opening)', async () => {
    answers.push(() => new Response(null, { status: 304 }));
    const all = await Promise.all(Array.from({ length: 10 }, () => syncGuidance()));
    expect(sent).toHaveLength(1);
    expect(new Set(all).size).toBe(1);
  });
});

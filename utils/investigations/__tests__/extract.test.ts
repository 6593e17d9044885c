import { describe, expect, it } from 'vitest';
import type { Case } from '../../case/schema';
import { extractEntities } from '../extract';

const base: Case = {
  id: '4',
  console: 'redmine',
  url: 'https://redmine.example/issues/4',
  items: [],
};
const withText = (text: string, extra: Partial<Case> = {}): Case => ({
  ...base,
  ...extra,
  items: [{ id: 'm1', author: 'x', role: 'reported', text, media: [] }],
});

describe('extractEntities', () => {
  it('finds the reported account, handles, emails, phones, domains and wallets', () => {
    const found = withText(
      'DM @Crypto_King or mail Jo.Doe@Example.com, call +44 20 7946 0958. ' +
        'Claim at https://www.free-eth.example/claim and send to 0x52908400098527886E0F7030069857D2E4169EE7',
      { reported: { id: 'U-40721', handle: '@ScamBoss' } },
    );
    const expected = [
      { kind: 'account', value: 'U-40721' },
      { kind: 'handle', value: 'scamboss' },
      { kind: 'email', value: 'jo.doe@example.com' },
      { kind: 'phone', value: '+442079460958' },
      { kind: 'wallet', value: '0x52908400098527886e0f7030069857d2e4169ee7' },
      { kind: 'handle', value: 'crypto_king' },
      { kind: 'domain', value: 'free-eth.example' },
    ];
    expect(extractEntities(found)).toEqual(expected);
  });

  it('normalises one phone number written two ways to the same E.164 value', () => {
    const international = extractEntities(withText('call me on +44 20 7946 0958'));
    const dialled = extractEntities(withText('call me on 0044 20 7946 0958'));
    expect(international).toEqual([{ kind: 'phone', value: '+442079460958' }]);
    expect(dialled).toEqual(international);
  });

  it('does not read the name part of an email as a handle', () => {
    expect(extractEntities(withText('write to ana@mail.example'))).toEqual([
      { kind: 'email', value: 'ana@mail.example' },
    ]);
  });

  it('finds nothing in a case without entities', () => {
    expect(extractEntities(withText('you are awful'))).toEqual([]);
  });
});

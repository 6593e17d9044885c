import { describe, expect, it } from 'vitest';
import type { Case } from '../../case/schema';
import { incidentMatcher } from '../match';
import type { Incident } from '../schema';

const incident = (id: string, signature: Incident['signature'], closedAt?: string): Incident => ({
  id,
  title: id,
  severity: 'high',
  signature,
  declaredBy: 'lead-priya',
  declaredAt: '2026-12-07T20:00:00.000Z',
  closedAt,
});

const caseWith = (text: string, reported = 'U-1'): Case =>
  ({
    id: '1',
    console: 'redmine',
    url: 'https://redmine.example/issues/1',
    subject: 'Report',
    reported: { id: reported },
    items: [{ id: 'm1', author: 'x', role: 'reported', text, media: [] }],
  }) as Case;

describe('incidentMatcher', () => {
  const match = incidentMatcher([
    incident('scam', [
      { kind: 'keyword', pattern: 'giveaway' },
      { kind: 'domain', pattern: 'free-eth.example' },
    ]),
    incident('raid', [{ kind: 'regex', pattern: 'raid (at|on) \\d+' }]),
    incident('account', [{ kind: 'account', pattern: 'U-666' }]),
    incident('closed', [{ kind: 'keyword', pattern: 'giveaway' }], '2026-12-07T21:00:00.000Z'),
  ]);
  const ids = (c: Case) => match(c).map((i) => i.id);

  it('matches keywords as words, domains with their subdomains, regexes and accounts', () => {
    expect(ids(caseWith('Huge GIVEAWAY today'))).toEqual(['scam']);
    expect(ids(caseWith('giveaways'))).toEqual([]);
    expect(ids(caseWith('see https://claim.free-eth.example/x'))).toEqual(['scam']);
    expect(ids(caseWith('raid at 9 tonight'))).toEqual(['raid']);
    expect(ids(caseWith('hello', 'U-666'))).toEqual(['account']);
  });

  it('ignores closed incidents', () => {
    expect(ids(caseWith('giveaway'))).not.toContain('closed');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import type { GuidancePack } from '../schema';
import { validatePack } from '../validate';

/** A deep copy of the default pack with one change, as an editor would produce it. */
function edited(change: (pack: GuidancePack) => void): GuidancePack {
  const pack = structuredClone(DEFAULT_GUIDANCE_PACK);
  change(pack);
  return pack;
}

const paths = (input: unknown) => validatePack(input).issues.map((i) => i.path);

describe('validatePack', () => {
  it('passes the default pack, regexes compiled by the engine that runs them', () => {
    const result = validatePack(DEFAULT_GUIDANCE_PACK);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('reports schema errors by field path and stops there', () => {
    const result = validatePack({ ...DEFAULT_GUIDANCE_PACK, version: 0, actions: [{ id: 'X' }] });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['version', 'actions.0.id', 'actions.0.label', 'actions.0.severity']),
    );
    expect(validatePack('not a pack').issues).toEqual([
      { path: '', message: expect.stringMatching(/object/) },
    ]);
  });

  it('refuses thresholds outside 0–1 through the schema, and 0 as firing on everything', () => {
    const high = edited((p) => (p.policies[0]!.thresholds.harassment = 1.5));
    expect(paths(high)).toEqual(['policies.0.thresholds.harassment']);
    const zero = edited((p) => (p.policies[0]!.thresholds.harassment = 0));
    expect(validatePack(zero).issues).toEqual([
      { path: 'policies.0.thresholds.harassment', message: expect.stringMatching(/every case/) },
    ]);
  });

  it('finds hotkey clashes, naming the other action', () => {
    const pack = edited((p) => (p.actions[3]!.hotkey = '2'));
    expect(validatePack(pack).issues).toEqual([
      { path: 'actions.3.hotkey', message: 'Hotkey "2" is also used by "Warn user".' },
    ]);
  });

  it('finds duplicate ids in every collection', () => {
    const pack = edited((p) => {
      p.actions.push({ ...p.actions[0]!, hotkey: undefined });
      p.policies.push(p.policies[1]!);
      p.signals.push(p.signals[0]!);
      p.playbooks.push(p.playbooks[0]!);
    });
    expect(paths(pack)).toEqual([
      'actions.7.id',
      'policies.9.id',
      'signals.9.id',
      'playbooks.3.id',
    ]);
  });

  it('finds unknown policy ids in signals and unknown action ids in policies and playbooks', () => {
    const pack = edited((p) => {
      p.signals[0]!.policyId = 'scams';
      p.policies[2]!.action = 'delete';
      p.policies[2]!.examples.push({ text: 'x', action: 'ban' });
      p.playbooks[0]!.actionId = 'escalate-urgent';
    });
    expect(validatePack(pack).issues).toEqual([
      { path: 'policies.2.action', message: 'Unknown action "delete".' },
      { path: 'policies.2.examples.0.action', message: 'Unknown action "ban".' },
      { path: 'signals.0.policyId', message: 'Unknown policy "scams".' },
      { path: 'playbooks.0.actionId', message: 'Unknown action "escalate-urgent".' },
    ]);
  });

  it('says a playbook on an action that does not escalate would never be shown', () => {
    const pack = edited((p) => (p.playbooks[0]!.actionId = 'remove'));
    expect(paths(pack)).toEqual(['playbooks.0.actionId']);
  });

  it('refuses invalid regexes and what RE2 cannot run, saying why', () => {
    const pack = edited((p) => {
      p.signals[4]!.pattern = '([a-';
      p.signals[5]!.pattern = '(\\w)\\1{3}';
      p.signals[8]!.pattern = 'free(?! trial)';
    });
    const issues = validatePack(pack).issues;
    expect(issues.map((i) => i.path)).toEqual([
      'signals.4.pattern',
      'signals.5.pattern',
      'signals.8.pattern',
    ]);
    expect(issues[0]?.message).toMatch(/not a valid regular expression/);
    expect(issues[1]?.message).toMatch(/backreferences .* Suggested: \(\\w\)\(\?:\\w\)\{3\}$/);
    expect(issues[2]?.message).toMatch(/lookahead .* Suggested: free$/);
  });

  it('names each unknown field by its path, nested ones included', () => {
    const typo = structuredClone(DEFAULT_GUIDANCE_PACK) as unknown as Record<string, unknown>;
    typo.singals = [];
    const policies = typo.policies as Record<string, unknown>[];
    policies[0]!.threshhold = { harassment: 0.5 };
    const examples = policies[1]!.examples as Record<string, unknown>[];
    examples.push({ text: 'x', action: 'remove', nte: '' });
    (typo.signals as Record<string, unknown>[])[2]!.Kind = 'regex';
    expect(validatePack(typo).issues).toEqual([
      { path: 'policies.0.threshhold', message: 'Unknown field "threshhold".' },
      { path: `policies.1.examples.${examples.length - 1}.nte`, message: 'Unknown field "nte".' },
      { path: 'signals.2.Kind', message: 'Unknown field "Kind".' },
      { path: 'singals', message: 'Unknown field "singals".' },
    ]);
  });

  it('refuses domain signals that are not host names and keywords of only spaces', () => {
    const pack = edited((p) => {
      p.signals[2]!.pattern = 'not a host';
      p.signals[0]!.pattern = '   ';
    });
    expect(paths(pack)).toEqual(['signals.0.pattern', 'signals.2.pattern']);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK as v1 } from '../default-pack';
import { diffPacks } from '../diff';
import { diffText } from '../diff-text';
import type { GuidancePack } from '../schema';

function next(change: (pack: GuidancePack) => void): GuidancePack {
  const pack = structuredClone(v1);
  pack.version = 2;
  change(pack);
  return pack;
}

describe('diffPacks', () => {
  it('says nothing changed for the same pack, whatever the version number', () => {
    expect(
      diffPacks(
        v1,
        next(() => {}),
      ),
    ).toEqual([]);
  });

  it('reads a threshold and an action change as one line per policy', () => {
    const v2 = next((p) => {
      p.policies[0]!.thresholds.harassment = 0.8;
      p.policies[0]!.thresholds['harassment/threatening'] = 0.9;
      p.policies[7]!.action = 'suspend';
    });
    expect(diffPacks(v1, v2)).toEqual([
      {
        section: 'policies',
        id: 'harassment',
        summary:
          'Harassment and bullying: harassment threshold 0.60 → 0.80; harassment/threatening threshold none → 0.90',
      },
      {
        section: 'policies',
        id: 'spam-scams',
        summary: 'Spam, scams and phishing: action Remove content → Suspend account',
      },
    ]);
  });

  it('lists added and removed policies, signals, actions and playbooks', () => {
    const v2 = next((p) => {
      p.policies = p.policies.filter((x) => x.id !== 'illicit-goods');
      p.policies.push({ ...p.policies[0]!, id: 'doxxing', title: 'Doxxing', action: 'suspend' });
      p.signals = p.signals.filter((s) => s.id !== 'seed-phrase');
      p.signals.push({
        id: 'worthless',
        kind: 'keyword',
        pattern: 'worthless',
        policyId: 'harassment',
      });
      p.signals[0]!.pattern = 'guaranteed profit';
      p.actions[1]!.hotkey = 'w';
      p.actions[1]!.needsNote = true;
      p.playbooks.pop();
    });
    expect(diffPacks(v1, v2).map((c) => c.summary)).toEqual([
      'Policy added: Doxxing (→ Suspend account)',
      'Policy removed: Illicit and regulated goods',
      'Action Warn user: hotkey 2 → w; now needs a note',
      'Signal guaranteed-returns: "guaranteed returns" → "guaranteed profit"',
      'Signal added: keyword "worthless" (harassment)',
      'Signal removed: keyword "seed phrase" (spam-scams)',
      'Playbook removed: Credible threat',
    ]);
  });

  it('adds a word diff when a policy text changed', () => {
    const v2 = next((p) => {
      p.policies[5]!.body = p.policies[5]!.body.replace('suspend', 'suspend for 7 days');
    });
    const [change] = diffPacks(v1, v2);
    expect(change?.summary).toBe('Sexual content and solicitation: text changed');
    expect(change?.text?.filter((part) => part.op !== 'same')).toEqual([
      { op: 'added', text: 'for 7 days' },
    ]);
  });
});

describe('diffText', () => {
  it('keeps a line of context around each change and shortens the rest', () => {
    const long = 'word '.repeat(100);
    const parts = diffText(`${long}old tail`, `${long}new tail`);
    expect(parts).toEqual([
      { op: 'same', text: `…${long.slice(-60)}` },
      { op: 'removed', text: 'old' },
      { op: 'added', text: 'new' },
      { op: 'same', text: ' tail' },
    ]);
  });
});

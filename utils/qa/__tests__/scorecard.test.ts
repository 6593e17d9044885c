import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD, scoreOf, scoresProblem } from '../scorecard';
import { scorecardSchema } from '../schema';

const card = scorecardSchema.parse({ ...DEFAULT_SCORECARD, version: 1, setBy: null, setAt: null });

describe('scorecard', () => {
  it('scores passed weight over applicable weight, leaving out not-applicable criteria', () => {
    const all = { 'right-action': true, 'right-policy': true, 'note-adequate': false };
    expect(scoreOf(card, { ...all, 'escalation-right': null })).toBe(66.7);
    expect(scoreOf(card, { ...all, 'escalation-right': true })).toBe(75);
    const weighted = {
      ...card,
      criteria: [...card.criteria, { id: 'tone', label: 'Tone', weight: 4 }],
    };
    expect(scoreOf(weighted, { ...all, 'escalation-right': true, tone: false })).toBe(37.5);
  });

  it('refuses scores that miss or invent criteria', () => {
    expect(scoresProblem(card, { 'right-action': true })).toMatch(/right-policy/);
    const extra = {
      'right-action': true,
      'right-policy': true,
      'note-adequate': true,
      'escalation-right': true,
      tone: true,
    };
    expect(scoresProblem(card, extra)).toMatch(/no criterion tone/);
  });
});

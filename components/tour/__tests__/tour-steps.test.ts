import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { hotkeysInForce, TOUR_STEPS } from '../tour-steps';

const COMPONENTS = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? entry.name === '__tests__'
        ? []
        : sources(join(dir, entry.name))
      : entry.name.endsWith('.tsx')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

it('every step points at a region some panel component marks with data-tour', () => {
  const all = sources(COMPONENTS).join('\n');
  const unmarked = TOUR_STEPS.map((s) => s.anchor).filter(
    (anchor) => !all.includes(`data-tour="${anchor}"`),
  );
  expect(unmarked).toEqual([]);
});

it('covers scores, suggestion, guidance, decision keys and the outbox, in that order', () => {
  const expected = ['scores', 'suggestion', 'guidance', 'decision-keys', 'outbox'];
  expect(TOUR_STEPS.map((s) => s.anchor)).toEqual(expected);
});

it("lists the installed pack's keys, skipping actions without one", () => {
  const pack = structuredClone(DEFAULT_GUIDANCE_PACK);
  pack.actions[1]!.hotkey = undefined;
  pack.actions[2]!.hotkey = 'r';
  const expected = [
    { key: '1', label: pack.actions[0]!.label },
    { key: 'r', label: pack.actions[2]!.label },
  ];
  expect(hotkeysInForce(pack).slice(0, 2)).toEqual(expected);
  expect(hotkeysInForce(undefined)).toEqual([]);
});

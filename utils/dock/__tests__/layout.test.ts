import { expect, test } from 'vitest';
import { DOCK_DEFAULTS, MAX_DOCK_WIDTH, MIN_DOCK_WIDTH, normaliseLayout } from '../layout';

test('stored layouts are re-validated: bad values fall back, widths are clamped', () => {
  expect(normaliseLayout(undefined)).toEqual(DOCK_DEFAULTS);
  expect(normaliseLayout('garbage')).toEqual(DOCK_DEFAULTS);
  expect(
    normaliseLayout({ width: 10, collapsed: 'yes', mode: 'sideways', placement: 'side-panel' }),
  ).toEqual({
    ...DOCK_DEFAULTS,
    width: MIN_DOCK_WIDTH,
    placement: 'side-panel',
  });
  expect(normaliseLayout({ width: 99_999, mode: 'overlay', collapsed: true }).width).toBe(
    MAX_DOCK_WIDTH,
  );
  expect(normaliseLayout({ width: Number.NaN }).width).toBe(DOCK_DEFAULTS.width);
});

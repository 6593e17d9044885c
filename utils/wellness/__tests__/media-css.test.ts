import { describe, expect, test } from 'vitest';
import { mediaFilterCss, REVEAL_ATTR } from '../media-css';
import { lookOf } from '../view-storage';

const scopes = [{ ready: '.case-view', media: '.attachment > img' }];

describe('the media filter stylesheet', () => {
  test('greyscale and blur, important, in a layer of its own; revealed media falls out', () => {
    const css = mediaFilterCss(scopes, { blur: true, greyscale: true });
    expect(css.startsWith('@layer caselight-wellness {')).toBe(true);
    expect(css).toContain(`:not([${REVEAL_ATTR}]) { filter: grayscale(1) blur(24px) !important;`);
    expect(css).toContain(`[${REVEAL_ATTR}="1"] { filter: grayscale(1) !important;`);
    expect(css).not.toContain(`[${REVEAL_ATTR}="2"]`);
  });

  test('one filter only: one reveal step, no second rule', () => {
    const css = mediaFilterCss(scopes, { blur: false, greyscale: true });
    expect(css).toContain('{ filter: grayscale(1) !important;');
    expect(css).not.toContain(`[${REVEAL_ATTR}="1"]`);
    expect(mediaFilterCss(scopes, { blur: false, greyscale: false })).not.toContain('filter');
  });

  test('each scope is a rule of its own, so one bad selector cannot drop the others', () => {
    const css = mediaFilterCss([...scopes, { ready: 'table.thread' }], {
      blur: true,
      greyscale: false,
    });
    expect(css.match(/blur\(24px\)/g)).toHaveLength(2);
  });

  test('a stored view that is missing or odd falls back to filtered', () => {
    expect(lookOf({})).toEqual({ blur: true, greyscale: true });
    expect(lookOf({ mediaFilters: false, blur: true })).toEqual({ blur: false, greyscale: false });
    expect(lookOf({ greyscale: false })).toEqual({ blur: true, greyscale: false });
  });
});

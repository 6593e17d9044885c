import { describe, expect, test } from 'vitest';
import { mediaFilterCss, PSEUDO_ATTR, pseudoSelectorOf, REVEAL_ATTR } from '../media-css';
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
    // Per scope: one rule for the media, one for images on their carriers' pseudo-elements.
    expect(css.match(/blur\(24px\)/g)).toHaveLength(4);
  });

  test('a stored view that is missing or odd falls back to filtered', () => {
    expect(lookOf({})).toEqual({ blur: true, greyscale: true });
    expect(lookOf({ mediaFilters: false, blur: true })).toEqual({ blur: false, greyscale: false });
    expect(lookOf({ greyscale: false })).toEqual({ blur: true, greyscale: false });
  });
});

describe('the rules for images on pseudo-elements', () => {
  test("filter the carriers' ::before and ::after, not the carriers, and follow reveals", () => {
    const css = mediaFilterCss(scopes, { blur: true, greyscale: true }, '', '.thumb');
    const hidden = css
      .split('\n')
      .find((line) => line.includes('::before') && line.includes('blur'));
    expect(hidden).toContain(
      `:is(:where(.case-view) :is([${PSEUDO_ATTR}], .thumb)):not([${REVEAL_ATTR}])::before`,
    );
    expect(hidden).toContain(`:not([${REVEAL_ATTR}])::after`);
    expect(css).toContain(`[${REVEAL_ATTR}="1"]::after`);
    expect(pseudoSelectorOf(scopes[0]!, '.thumb')).not.toContain('.attachment');
  });
});

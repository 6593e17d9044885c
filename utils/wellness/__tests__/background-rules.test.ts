// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { backgroundRules } from '../background-rules';
import { mediaSelectorOf } from '../media-css';

const page = (css: string) => {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = `<main class="case-view"><div class="poster"></div><div class="plain"></div>
    <p class="deep"></p></main><div class="poster" id="outside"></div>`;
  return document;
};

describe("the console's own background-image rules", () => {
  test('selectors of rules with an image background, in nested at-rules too; others left out', () => {
    const doc = page(`.poster { background-image: url("a.png"); }
      .plain { background: #fff; color: red; }
      @media screen { .deep { background-image: url(b.png); } }`);
    const found = backgroundRules(doc);
    expect(found.selectors).toEqual(['.poster', '.deep']);
    expect(found.unreadable).toBe(false);
  });

  test('our filter selector takes them inside the case area only', () => {
    const selector = mediaSelectorOf({ ready: '.case-view' }, '.poster, .deep');
    expect(selector).toMatch(/^:where\(\.case-view\) :is\(.*, \.poster, \.deep\)$/);
  });

  test('our own sheet is skipped', () => {
    const doc = page(`.mine { background-image: url(x.png); }`);
    const own = doc.querySelector('style')!.sheet;
    expect(backgroundRules(doc, own).selectors).toEqual([]);
  });
});

describe("the console's background images on ::before and ::after", () => {
  test('give the elements that carry them, for a rule on their pseudo-elements', () => {
    const doc = page(`.poster::before { content: ""; background-image: url("a.png"); }
      .deep:after { content: ""; background: url(b.png) center; }
      .plain::before { content: "→"; color: red; }
      .badge::after { content: url(c.png); }
      ::before { background-image: url(d.png); }`);
    const found = backgroundRules(doc);
    expect(found.pseudo).toEqual(['.poster', '.deep', '.badge', '*']);
  });

  test('a list keeps its element part for the element rule too', () => {
    const doc = page(`.poster::before, .deep { background-image: url("a.png"); }`);
    const found = backgroundRules(doc);
    expect(found.pseudo).toEqual(['.poster, .deep']);
    expect(found.selectors).toEqual(['.poster::before, .deep']);
  });
});

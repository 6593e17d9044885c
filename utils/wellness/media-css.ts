/**
 * The stylesheet that keeps case media greyscale and blurred. It is CSS, not script, so it is
 * in force for the first frame the console paints and for media the console adds later (the
 * browser filters them as it styles them, no observer round trip).
 *
 * Everything sits in one cascade layer declared before any of the console's stylesheets: an
 * `!important` declaration in an earlier layer beats every later layer and all unlayered
 * `!important` rules whatever their specificity, so a console styling its own images with
 * `filter: none !important` still gets ours. (Inline `!important` styles outrank layers; the
 * marks in `media-marks.ts` move those aside.)
 */

/** Where case media is: the adapter's case element (`ready`) and its own media selector. */
export interface MediaScope {
  ready: string;
  media?: string;
}

export interface MediaLook {
  blur: boolean;
  greyscale: boolean;
}

/** Set on an element to say how far the reviewer revealed it: 1 = unblurred, 2 = in colour. */
export const REVEAL_ATTR = 'data-caselight-reveal';
/** Set on elements whose background image comes from a stylesheet (found by script). */
export const BACKGROUND_ATTR = 'data-caselight-bg';
/** Set on elements whose `::before`/`::after` has an image from a sheet we cannot read. */
export const PSEUDO_ATTR = 'data-caselight-pseudo-bg';
export const LAYER = 'caselight-wellness';

/** The kinds of element filtered inside a case element; inline `url(` is a background image. */
export const MEDIA_KINDS = `img, video, canvas, [style*="url("], [${BACKGROUND_ATTR}]`;

/**
 * The page-level selector of every filtered element for these scopes. `backgrounds`: the
 * console's own selectors of elements with a stylesheet background image (`background-rules.ts`);
 * `:is()` drops one it cannot take, not the rule.
 */
export function mediaSelectorOf(scope: MediaScope, backgrounds = ''): string {
  const kinds = backgrounds ? `${MEDIA_KINDS}, ${backgrounds}` : MEDIA_KINDS;
  const inCase = `:where(${scope.ready}) :is(${kinds})`;
  return scope.media ? `${inCase}, :where(${scope.media})` : inCase;
}

/**
 * Elements of the case whose `::before`/`::after` shows an image (`pseudo`: the console's own
 * selectors of them). Our rule filters their pseudo-elements, not their content; a click on
 * the element reveals them.
 */
export function pseudoSelectorOf(scope: MediaScope, pseudo = ''): string {
  const kinds = pseudo ? `[${PSEUDO_ATTR}], ${pseudo}` : `[${PSEUDO_ATTR}]`;
  return `:where(${scope.ready}) :is(${kinds})`;
}

const filterOf = (blur: boolean, grey: boolean) =>
  [grey ? 'grayscale(1)' : '', blur ? 'blur(24px)' : ''].filter(Boolean).join(' ') || 'none';

/**
 * One rule per scope, so a selector one console's adapter got wrong drops only that rule.
 * Revealed media falls out of the rules (`:not`), which leaves the console's own filter.
 */
export function mediaFilterCss(
  scopes: readonly MediaScope[],
  look: MediaLook,
  backgrounds = '',
  pseudo = '',
): string {
  if (!look.blur && !look.greyscale) return `@layer ${LAYER} {}`;
  const rulesFor = (all: string, parts: string[]) => {
    const on = (state: string) => parts.map((part) => `${all}${state}${part}`).join(', ');
    const out = [
      `${on(`:not([${REVEAL_ATTR}])`)} { filter: ${filterOf(look.blur, look.greyscale)} !important; cursor: zoom-in; }`,
    ];
    if (look.greyscale && look.blur)
      out.push(
        `${on(`[${REVEAL_ATTR}="1"]`)} { filter: grayscale(1) !important; cursor: zoom-in; }`,
      );
    return out;
  };
  const rules = scopes.flatMap((scope) => [
    ...rulesFor(`:is(${mediaSelectorOf(scope, backgrounds)})`, ['']),
    ...rulesFor(`:is(${pseudoSelectorOf(scope, pseudo)})`, ['::before', '::after']),
  ]);
  return `@layer ${LAYER} {\n${rules.join('\n')}\n}`;
}

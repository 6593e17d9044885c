/**
 * The console's own stylesheet rules that give elements a background image. Their selectors go
 * into our filter stylesheet, so those elements are filtered by CSS from their first frame, with
 * no per-element `getComputedStyle` while the console renders (that forced a style recalculation
 * per element and was the wellness code's main page-load cost).
 */

/** A value that is, or may turn out to be, an image (a custom property can hold a `url(`). */
const IMAGE_VALUE = /url\(|image-set\(|var\(/i;
const PSEUDO = /::?(?:before|after)\b/i;

/**
 * The elements whose `::before`/`::after` the rule styles. A pseudo-element is no element, so
 * our `:is(…)` would drop it: the filter goes on those elements' pseudo-elements instead. A bare
 * `::before` (no element named) stands for every element.
 */
const originOf = (selector: string) =>
  selector
    .replace(/(^|[\s>+~,(])::?(?:before|after)\b/gi, '$1*')
    .replace(/::?(?:before|after)\b/gi, '');

const unique = (list: string[]) => [...new Set(list)];

interface Found {
  selectors: string[];
  pseudo: string[];
}

function collect(rules: CSSRuleList, out: Found): void {
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      const { selectorText, style } = rule;
      const image = IMAGE_VALUE.test(style.backgroundImage);
      // In a list (`.a::before, .b`) `:is(…)` drops the pseudo-element part and keeps `.b`.
      if (image) out.selectors.push(selectorText);
      // `content: url(…)` on a pseudo-element is an image too.
      if (PSEUDO.test(selectorText) && (image || IMAGE_VALUE.test(style.content)))
        out.pseudo.push(originOf(selectorText));
      if (rule.cssRules?.length) collect(rule.cssRules, out); // nested rules
    } else if ('styleSheet' in rule) {
      const imported = (rule as CSSImportRule).styleSheet; // @import
      if (imported) readSheet(imported, out);
    } else if ('cssRules' in rule) {
      collect((rule as CSSGroupingRule).cssRules, out); // @media, @supports, @layer, @container
    }
  }
}

/** False when the sheet cannot be read (another origin without CORS). */
function readSheet(sheet: CSSStyleSheet, out: Found): boolean {
  try {
    collect(sheet.cssRules, out);
    return true;
  } catch {
    return false;
  }
}

export interface BackgroundRules {
  /** Page selectors of elements with a stylesheet background image, for `:is(…)`. */
  selectors: string[];
  /** Page selectors of elements whose `::before`/`::after` has an image. */
  pseudo: string[];
  /** Some sheet could not be read: its elements are found by script, in idle time. */
  unreadable: boolean;
}

/** Reads the document's sheets; our own (`skip`) and empty ones are left out. */
export function backgroundRules(doc: Document, skip?: CSSStyleSheet | null): BackgroundRules {
  const found: Found = { selectors: [], pseudo: [] };
  let unreadable = false;
  for (const sheet of doc.styleSheets) {
    if (sheet === skip) continue;
    if (!readSheet(sheet, found)) unreadable = true;
  }
  return { selectors: unique(found.selectors), pseudo: unique(found.pseudo), unreadable };
}

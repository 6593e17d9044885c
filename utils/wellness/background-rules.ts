/**
 * The console's own stylesheet rules that give elements a background image. Their selectors go
 * into our filter stylesheet, so those elements are filtered by CSS from their first frame, with
 * no per-element `getComputedStyle` while the console renders (that forced a style recalculation
 * per element and was the wellness code's main page-load cost).
 */

/** A value that is, or may turn out to be, an image (a custom property can hold a `url(`). */
const IMAGE_VALUE = /url\(|image-set\(|var\(/i;

function collect(rules: CSSRuleList, out: string[]): void {
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      if (IMAGE_VALUE.test(rule.style.backgroundImage)) out.push(rule.selectorText);
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
function readSheet(sheet: CSSStyleSheet, out: string[]): boolean {
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
  /** Some sheet could not be read: its elements are found by script, in idle time. */
  unreadable: boolean;
}

/** Reads the document's sheets; our own (`skip`) and empty ones are left out. */
export function backgroundRules(doc: Document, skip?: CSSStyleSheet | null): BackgroundRules {
  const selectors: string[] = [];
  let unreadable = false;
  for (const sheet of doc.styleSheets) {
    if (sheet === skip) continue;
    if (!readSheet(sheet, selectors)) unreadable = true;
  }
  return { selectors: [...new Set(selectors)], unreadable };
}

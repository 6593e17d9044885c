/**
 * Small DOM readers shared by adapters. Hostile or messy pages are the norm: text is
 * normalised (zero-width characters dropped, whitespace collapsed, line breaks kept only in
 * message text) and hidden or template content is ignored, while right-to-left text is kept
 * exactly as written.
 */

const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

export function normaliseText(raw: string): string {
  return raw.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Like `normaliseText`, but keeps line breaks: one blank line at most, each line trimmed. */
export function normaliseLines(raw: string): string {
  // Most messages are one line: skip the three passes that only line breaks need.
  if (!LINE_BREAK.test(raw)) return normaliseText(raw);
  return raw
    .replace(ZERO_WIDTH, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function isHidden(el: Element): boolean {
  return el.closest('template, [hidden], [aria-hidden="true"]') !== null;
}

/** Visible elements matching `selector` under `root`, in document order. */
export function visibleAll(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => !isHidden(el));
}

/**
 * The first visible match, or undefined when there is none. `querySelector` stops at the first
 * match, where `querySelectorAll` walks the whole subtree: for a field above a long thread
 * that is the difference between a few elements and thousands. All matches are looked at only
 * when the first one is hidden.
 */
export function visibleOne(root: ParentNode, selector: string): Element | undefined {
  const first = root.querySelector(selector);
  if (first === null) return undefined;
  return isHidden(first) ? visibleAll(root, selector)[0] : first;
}

/**
 * The text of `el` as lines: `<br>` and block boundaries become line breaks, as on screen.
 * Read from the tree, not `innerText`: that forces layout and drops what the console folds
 * away (a collapsed quote, a closed `<details>`), which a reviewer can still unfold and read.
 * Without `lines`, one line: fields such as a subject or an author.
 */
export function elementText(el: Element, lines = false): string {
  const raw = el.firstElementChild ? textWalk(el) : (el.textContent ?? '');
  return lines ? normaliseLines(raw) : normaliseText(raw);
}

export function textOf(root: ParentNode, selector: string): string | undefined {
  const el = visibleOne(root, selector);
  const text = el ? normaliseText(el.textContent ?? '') : '';
  return text || undefined;
}

/** An ISO time from a `<time datetime>` (or any attribute), only if it parses. */
export function timeOf(root: ParentNode, selector: string, attr = 'datetime'): string | undefined {
  const value = visibleOne(root, selector)?.getAttribute(attr);
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Never shown as text: code, styles, inert templates. */
const UNSHOWN = new Set(['script', 'style', 'template', 'noscript']);

/** Line breaks around a block's text, as on screen: a paragraph leaves a blank line. */
const BREAKS = new Map<string, number>([['p', 2]]);
for (const tag of `address article aside blockquote caption dd details dialog div dl dt fieldset
  figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu nav ol
  pre section summary table tr ul`.split(/\s+/))
  BREAKS.set(tag, 1);

/**
 * Text nodes in document order, with `\n` where a `<br>` or a block boundary falls. Breaks
 * that neighbouring blocks ask for merge instead of adding up (`<div>a</div><div>b</div>` is
 * two lines, not three), as they do on screen. A loop, not recursion: a hostile page can nest
 * deeper than the call stack goes. Reads no style, so it never forces a layout.
 */
function textWalk(root: Element): string {
  let out = '';
  let owed = 0; // line breaks the blocks around us asked for
  let ended = 0; // line breaks since the last visible character
  const write = (text: string) => {
    if (!/\S/.test(text)) {
      // Whitespace between tags: a space, unless a line break is coming anyway.
      if (!owed) out += ' ';
      return;
    }
    if (out && owed > ended) out += '\n'.repeat(owed - ended);
    owed = 0;
    out += text;
    ended = breaksAtEnd(text);
  };
  const lineBreak = () => {
    if (out && owed > ended) out += '\n'.repeat(owed - ended);
    owed = 0;
    out += '\n';
    ended += 1;
  };
  const edge = (el: Element) => {
    owed = Math.max(owed, BREAKS.get(el.localName) ?? 0);
    if (el.localName === 'td' || el.localName === 'th') write(' ');
  };
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) write((node as Text).data);
    else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === 'br') lineBreak();
      else if (!UNSHOWN.has(el.localName) && !hiddenByAttribute(el)) {
        edge(el);
        if (el.firstChild) {
          node = el.firstChild;
          continue;
        }
        edge(el);
      }
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (node !== root) edge(node as Element);
    }
    node = node === root ? null : node.nextSibling;
  }
  return out;
}

/** Line breaks in the whitespace that ends `text` (a loop: `/\s*$/` is quadratic on long runs). */
function breaksAtEnd(text: string): number {
  let breaks = 0;
  for (let at = text.length - 1; at >= 0 && /\s/.test(text[at]!); at--)
    if (text[at] === '\n') breaks += 1;
  return breaks;
}

/** The attribute half of `isHidden`, for one element: the walk meets every ancestor itself. */
function hiddenByAttribute(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

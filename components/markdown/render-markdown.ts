import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { Marked } from 'marked';

/**
 * Markdown → HTML that is safe to insert into an extension page. Guidance is written by policy
 * leads and synced from a server, so it is treated as hostile: marked only formats, and
 * DOMPurify, with an allow-list of formatting tags, decides what survives.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const marked = new Marked({
  gfm: true,
  renderer: {
    // Guidance must never load a remote image (it would tell a tracker who opened which
    // policy): an image is shown as its alt text only.
    image: ({ text }) => escapeHtml(text),
  },
});

const CONFIG: Config = {
  // Formatting only: no media, frames, forms, styles or scripts, whatever the source says.
  ALLOWED_TAGS: (
    'p br hr strong b em i del s code pre blockquote ul ol li a h1 h2 h3 h4 h5 h6 ' +
    'table thead tbody tr th td'
  ).split(' '),
  ALLOWED_ATTR: ['href', 'title', 'start', 'align'],
  // Web links and mail only: no javascript:, data:, vbscript:, or links relative to the panel.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

let purifier: Purifier | undefined;

/** A private DOMPurify instance: our link hook must not change other users of the library. */
function getPurifier(): Purifier | undefined {
  if (purifier) return purifier;
  if (typeof window === 'undefined') return undefined;
  const instance = DOMPurify(window);
  if (!instance.isSupported) return undefined;
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    // DOMPurify keeps an empty address (`[x]()`, `<a href="">`); it would reopen the panel
    // page itself in a new tab, so it goes the way of a refused one: text only.
    if (node.getAttribute('href')?.trim() === '') node.removeAttribute('href');
    if (node.hasAttribute('href')) {
      // A link must not navigate the panel frame nor hand it to the opened page.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifier = instance;
  return purifier;
}

/** Sanitized HTML for `markdown`; without a DOM to sanitize with, escaped text only. */
export function renderMarkdown(markdown: string): string {
  const sanitizer = getPurifier();
  if (!sanitizer) return `<p>${escapeHtml(markdown)}</p>`;
  const html = marked.parse(markdown, { async: false });
  return sanitizer.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false });
}

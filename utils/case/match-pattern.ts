/**
 * Chrome match patterns (`https://*.example.com/admin/*`), as the manifest, the permissions API
 * and `scripting.registerContentScripts` read them. Content-script safe: no zod.
 * `<all_urls>` and bare `*` hosts are refused for adapters: a console is one site, and an
 * adapter that matches everything would ask for every site's data.
 */
const PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(:\d{1,5})?(\/.*)$/;

export function matchPatternProblem(pattern: string): string | undefined {
  if (pattern === '<all_urls>') return 'An adapter must name its console’s site, not <all_urls>';
  const parts = PATTERN.exec(pattern);
  if (!parts) return `"${pattern}" is not a match pattern like https://support.example.com/*`;
  if (parts[2] === '*') return `"${pattern}" matches every site; name the console’s host`;
  return undefined;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A RegExp over `URL.href`; undefined for a pattern `matchPatternProblem` rejects. */
export function matchPatternRegExp(pattern: string): RegExp | undefined {
  if (matchPatternProblem(pattern)) return undefined;
  const [, scheme, host, port, path] = PATTERN.exec(pattern)!;
  const schemeRe = scheme === '*' ? 'https?' : scheme!;
  const hostRe = host!.startsWith('*.') ? `(?:[^/:]+\\.)?${escape(host!.slice(2))}` : escape(host!);
  // Without a port in the pattern any port matches, as in Chrome.
  const portRe = port ? escape(port) : '(?::\\d+)?';
  const pathRe = path!.split('*').map(escape).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}${portRe}${pathRe}$`);
}

export function matchesAny(patterns: readonly string[], url: URL): boolean {
  // Patterns match path and query together, without the fragment.
  const href = url.href.split('#')[0]!;
  return patterns.some((p) => matchPatternRegExp(p)?.test(href) ?? false);
}

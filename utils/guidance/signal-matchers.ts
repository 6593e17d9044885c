import type { GuidanceSignal } from './schema';
import type { RE2JS } from 're2js';
import { compileSignalRegex } from './signal-regex';

/** A span in a text, in UTF-16 offsets (what DOM ranges and String#slice use). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Matcher = (text: string) => Span[];

const WORD = String.raw`[\p{L}\p{N}_]`;
// Starts only where a label starts: without the lookbehind a long word is rescanned from each
// of its letters, quadratic in its length.
const HOST = /(?<![\p{L}\p{N}-])[\p{L}\p{N}-]+(?:(?:\.|\[\.\]|\(\.\))[\p{L}\p{N}-]+)+/gu;

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function spans(re: RegExp, text: string, max: number): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < max; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex += 1;
    else out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

let lastHosts: { text: string; hosts: Span[] } | undefined;

/** Every domain signal scans the same item: find its hosts once. */
function hostsIn(text: string): Span[] {
  if (lastHosts?.text !== text) lastHosts = { text, hosts: spans(HOST, text, 10_000) };
  return lastHosts.hosts;
}

/** Lower-case ASCII (punycode) host, so "Bücher.example" and "xn--bcher-kva.example" agree. */
export function normalizeHost(raw: string): string | undefined {
  const host = raw
    .replace(/\[\.\]|\(\.\)/g, '.')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^\*\./, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.+$/, '');
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * The DFA (no capture positions) says first whether there is any match at all: the usual answer
 * is no, and it is the fastest way to it. Spans then come from RE2's NFA; both are linear.
 */
function re2Spans(re: RE2JS, text: string, max: number): Span[] {
  if (!re.test(text)) return [];
  const out: Span[] = [];
  const m = re.matcher(text);
  while (out.length < max && m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/**
 * Builds the matcher for one signal, or says why it cannot run. Keywords match whole words,
 * case-insensitively (JavaScript's engine: their patterns are escaped words, linear by
 * construction); regexes run in RE2 as JavaScript reads them (`signal-regex.ts`);
 * domains match the host itself or any subdomain, including "defanged" hosts like "x[.]com".
 */
export function buildMatcher(signal: GuidanceSignal, maxHits: number): Matcher | string {
  if (signal.kind === 'keyword') {
    const words = signal.pattern
      .trim()
      .split(/\s+/)
      .map(escape)
      .join(String.raw`\s+`);
    const re = new RegExp(`(?<!${WORD})${words}(?!${WORD})`, 'giu');
    return (text) => spans(re, text, maxHits);
  }
  if (signal.kind === 'regex') {
    const compiled = compileSignalRegex(signal.pattern);
    if (!compiled.ok) return `regex signal "${signal.id}" was not run: ${compiled.reason}`;
    return (text) => re2Spans(compiled.re, text, maxHits);
  }
  const domain = normalizeHost(signal.pattern.trim().toLowerCase());
  if (!domain) return `domain signal "${signal.id}" is not a host name`;
  return (text) =>
    hostsIn(text)
      .filter((s) => {
        const host = normalizeHost(s.text);
        return host !== undefined && (host === domain || host.endsWith(`.${domain}`));
      })
      .slice(0, maxHits);
}

import { matchesOf, type PiiSpan } from './span';

/**
 * IPv4 and IPv6 addresses. Four dotted numbers are also how software versions are written
 * ("2.3.10.4"), so words around them decide: a version cue wins unless an address cue is closer.
 */

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?!\\.?\\w)`, 'g');
const VERSION_CUE =
  /\b(?:v|ver|version|versions|release|released|build|update|updated|upgrade|upgraded|patch|firmware|app|client|sdk|package|installed|running|changelog|android|ios|windows|macos|chrome|firefox|edge|safari|fixed|latest|changelog|crash|crashing|bug|on)\b/i;
const ADDRESS_CUE =
  /\b(?:ip|ips|ipv4|address|addr|host|server|login|logged|signed|connected|connecting|connection|proxy|vpn|subnet|gateway|dns|ping)\b/i;

/** "upgrade to 2.3.10.4" is a version; "logged in from 2.3.10.4" is an address. */
function looksLikeVersion(text: string, start: number, end: number): boolean {
  if (/^v/i.test(text.slice(start - 1, start))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  if (
    !VERSION_CUE.test(before) &&
    !/\b(?:build|release|beta|rc|stable|lts|update|upgrade|changelog|latest|version)\b/i.test(after)
  ) {
    return false;
  }
  const addressAt = before.search(
    new RegExp(`${ADDRESS_CUE.source}(?!.*${ADDRESS_CUE.source})`, 'is'),
  );
  const versionAt = before.search(
    new RegExp(`${VERSION_CUE.source}(?!.*${VERSION_CUE.source})`, 'is'),
  );
  return addressAt === -1 || versionAt > addressAt;
}
// The dotted tail comes first so ::ffff:192.0.2.1 is one address, not "::ffff:192" and a rest.
const IPV6 =
  /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{0,4})(?![\w:]|\.\d)/gi;

/** The canonical form of an IPv6 address, or undefined when the text is not one. */
function ipv6Host(value: string): string | undefined {
  const colons = value.split(':').length - 1;
  // Times (10:30:45) and MAC-like strings are not addresses; nor is "a::b" in code.
  if (!/\d/.test(value) || (!value.includes('::') && colons < 7 && !value.includes('.'))) {
    return undefined;
  }
  try {
    return new URL(`http://[${value}]/`).hostname;
  } catch {
    return undefined;
  }
}

export function findIps(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of matchesOf(IPV4, text)) {
    if (looksLikeVersion(text, m.index, m.index + m[0].length)) continue;
    spans.push({ kind: 'ip', start: m.index, end: m.index + m[0].length, key: m[0] });
  }
  for (const m of matchesOf(IPV6, text)) {
    const key = ipv6Host(m[0]);
    if (!key) continue;
    spans.push({ kind: 'ip', start: m.index, end: m.index + m[0].length, key });
  }
  return spans;
}

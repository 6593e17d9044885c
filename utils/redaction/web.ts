import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, bech32m, createBase58check } from '@scure/base';
import { matchesOf, type PiiSpan } from './span';

/**
 * Links, hardware addresses and crypto wallets. A link keeps its site (a moderator needs to see
 * that it points at a scam domain) and loses its path and query, where profile names, ids and
 * tokens sit. Wallets are checked with their own checksums (base58check, bech32/bech32m).
 */

const SOCIAL =
  '(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|youtube|reddit|github|snapchat|twitch|discord|pinterest|vk|t|wa|onlyfans|threads|medium|patreon|paypal|venmo|cash)';
const URL_PATTERN = new RegExp(
  String.raw`(?<![\w@.-])(?:https?://|www\.|(?:www\.)?${SOCIAL}\.(?:com|me|gg|tv|net|app|ru|co)/)[^\s<>"'\`]+`,
  'gi',
);

export function findUrls(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of matchesOf(URL_PATTERN, text)) {
    const url = m[0].replace(/[.,;:!?)\]}'"]+$/, '');
    const hostEnd = url.replace(/^https?:\/\//i, '').search(/[/?#]/);
    if (hostEnd === -1) continue;
    const pathStart = url.length - url.replace(/^https?:\/\//i, '').length + hostEnd;
    // "https://example.com/" has nothing personal after its site.
    if (url.length - pathStart <= 1) continue;
    const start = m.index + pathStart;
    spans.push({ kind: 'url', start, end: m.index + url.length, key: url.toLowerCase() });
  }
  return spans;
}

const MAC = /(?<![\w:.-])[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}(?![\w:-])/gi;
const MAC_DOTTED = /(?<![\w:.-])[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}(?![\w.-])/gi;
const MAC_CUE = /\b(?:mac|hardware|physical|ethernet|wi-?fi|bssid)\b[^\n]{0,20}$/i;

export function findMacs(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const push = (m: RegExpExecArray) => {
    const key = m[0].replace(/[^0-9a-f]/gi, '').toLowerCase();
    // All-zero and broadcast addresses identify no device.
    if (/^(?:0{12}|f{12})$/.test(key)) return;
    spans.push({ kind: 'mac', start: m.index, end: m.index + m[0].length, key });
  };
  for (const m of matchesOf(MAC, text)) push(m);
  for (const m of matchesOf(MAC_DOTTED, text)) {
    // "2024.0315.1030" is hex too; Cisco's form shows letters or is announced.
    const cued = MAC_CUE.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (cued || /[a-f]/i.test(m[0])) push(m);
  }
  return spans;
}

const base58check = createBase58check(sha256);
const BASE58 = /(?<![\w])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?!\w)/g;
const BECH32 = /(?<![\w])(?:bc|tb)1[02-9ac-hj-np-z]{8,87}(?!\w)/gi;
const ETHEREUM = /(?<![\w])0x[0-9a-f]{40}(?![0-9a-z])/gi;

function base58Valid(value: string): boolean {
  try {
    const payload = base58check.decode(value);
    // Version byte 0 (pay to key) or 5 (pay to script), then a 20-byte hash.
    return payload.length === 21 && (payload[0] === 0 || payload[0] === 5);
  } catch {
    return false;
  }
}

function bech32Valid(value: string): boolean {
  for (const coder of [bech32, bech32m]) {
    try {
      coder.decode(value.toLowerCase() as `${string}1${string}`, 90);
      return true;
    } catch {
      // The other encoding may fit: segwit v0 uses bech32, taproot bech32m.
    }
  }
  return false;
}

export function findWallets(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const push = (m: RegExpExecArray, key: string) =>
    spans.push({ kind: 'wallet', start: m.index, end: m.index + m[0].length, key });
  for (const m of matchesOf(BASE58, text)) if (base58Valid(m[0])) push(m, m[0]);
  for (const m of matchesOf(BECH32, text)) if (bech32Valid(m[0])) push(m, m[0].toLowerCase());
  for (const m of matchesOf(ETHEREUM, text)) push(m, m[0].toLowerCase());
  return spans;
}

import { randomBytes } from 'node:crypto';

/**
 * FNV-1a over UTF-16 code units. Scores must be identical for identical input across runs and
 * processes, so nothing here may depend on time, randomness or Map ordering.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A deterministic number in [0, 1) derived from the text. */
export function unitFromText(text: string): number {
  return fnv1a(text) / 0x1_0000_0000;
}

/**
 * Object ids look like OpenAI's (`modr-…`, `chatcmpl-…`, `resp_…`). They are random on purpose:
 * the real API never repeats an id, and callers must not key caches on them.
 */
export function openAIId(prefix: string, bytes = 12): string {
  return `${prefix}${randomBytes(bytes).toString('hex')}`;
}

export function unixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Rough token estimate (about four characters per token) so `usage` looks plausible. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

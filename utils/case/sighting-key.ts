import type { CaseSighting } from './watch-case';

/** FNV-1a over a string, folded into a running hash. */
function fold(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16_777_619);
  }
  return h >>> 0;
}

/**
 * What a sighting amounts to, cheaply, to tell "the case changed" from "the page re-rendered
 * the same case". Stringifying a 5,000-message case with a replacer took ~70 ms on the
 * console's main thread; hashing the items' text is a few.
 */
export function sightingKey(sighting: CaseSighting): string {
  if (sighting.kind !== 'read')
    return sighting.kind === 'none' ? 'none' : `waiting:${sighting.adapter.id}`;
  const { adapter, extraction } = sighting;
  if (!extraction.ok) return `problem:${adapter.id}:${extraction.problem}`;
  const { items, ...rest } = extraction.case;
  let hash = 2_166_136_261;
  for (const item of items) {
    hash = fold(
      hash,
      `${item.id}\u0000${item.author}\u0000${item.role}\u0000${item.time ?? ''}\u0000`,
    );
    hash = fold(hash, item.text);
    for (const media of item.media) hash = fold(hash, `${media.url}\u0000${media.alt ?? ''}`);
  }
  const head = JSON.stringify([adapter.id, rest, extraction.missing, extraction.truncatedFrom]);
  return `read:${head}:${items.length}:${hash}`;
}

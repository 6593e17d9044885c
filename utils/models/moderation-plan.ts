import type { ModerationMultiModalInput } from 'openai/resources/moderations';
import type { RedactedItem } from '../redaction/redact-case';

/**
 * Which moderation requests a case needs: every item's text in one request as an array, and
 * each image in a request of its own (omni-moderation takes one image per request).
 */

export interface ModerationLimits {
  /** Longer texts are split into parts of this size; each part is scored, the item takes the max. */
  maxCharsPerInput: number;
  /** Beyond this many parts the rest of a text is cut, with a note. */
  maxPartsPerItem: number;
  /**
   * OpenAI documents no cap on the array; these keep one request to a size proxies accept. A
   * case over them is sent in more than one text request.
   */
  maxInputsPerRequest: number;
  maxCharsPerRequest: number;
  maxImages: number;
}

export const DEFAULT_MODERATION_LIMITS: ModerationLimits = {
  maxCharsPerInput: 32_000,
  maxPartsPerItem: 4,
  maxInputsPerRequest: 1000,
  maxCharsPerRequest: 400_000,
  maxImages: 20,
};

export interface TextBatch {
  input: string[];
  /** The item each input string belongs to, index for index. */
  itemIds: string[];
}

export interface ImageRequest {
  itemId: string;
  mediaId: string;
  input: ModerationMultiModalInput[];
}

export interface ModerationPlan {
  textBatches: TextBatch[];
  images: ImageRequest[];
  notes: string[];
}

const grouped = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');

/** Cuts at whitespace near the limit when there is some, and never inside a surrogate pair. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = max;
    const space = rest.lastIndexOf(' ', max);
    if (space > max * 0.9) cut = space + 1;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return rest.length > 0 ? [...parts, rest] : parts;
}

function sendableImageUrl(url: string): boolean {
  if (/^data:image\/[a-z0-9.+-]+;base64,/i.test(url)) return true;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function planModeration(
  items: readonly RedactedItem[],
  limits: ModerationLimits = DEFAULT_MODERATION_LIMITS,
): ModerationPlan {
  const notes: string[] = [];
  const entries: { itemId: string; text: string }[] = [];
  const images: ImageRequest[] = [];
  for (const item of items) {
    if (item.text.trim() !== '') {
      let parts = splitText(item.text, limits.maxCharsPerInput);
      if (parts.length > limits.maxPartsPerItem) {
        parts = parts.slice(0, limits.maxPartsPerItem);
        const kept = parts.reduce((n, p) => n + p.length, 0);
        notes.push(`message ${item.id} truncated to ${grouped(kept)} characters for scoring`);
      } else if (parts.length > 1) {
        notes.push(
          `message ${item.id} scored in ${parts.length} parts of at most ${grouped(limits.maxCharsPerInput)} characters`,
        );
      }
      for (const text of parts) entries.push({ itemId: item.id, text });
    }
    for (const media of item.media) {
      if (media.kind !== 'image') {
        notes.push(
          `${media.kind} ${media.id} in ${item.id} not scored: the model takes text and images`,
        );
      } else if (!sendableImageUrl(media.url)) {
        notes.push(
          `image ${media.id} in ${item.id} not scored: only http(s) and data: images can be sent`,
        );
      } else if (images.length >= limits.maxImages) {
        notes.push(
          `image ${media.id} in ${item.id} not scored: over ${limits.maxImages} images per case`,
        );
      } else {
        const input: ModerationMultiModalInput[] = [
          { type: 'image_url', image_url: { url: media.url } },
        ];
        images.push({ itemId: item.id, mediaId: media.id, input });
      }
    }
  }
  const textBatches = batch(entries, limits);
  if (textBatches.length > 1)
    notes.push(`case text sent in ${textBatches.length} requests: it is very large`);
  return { textBatches, images, notes };
}

function batch(entries: { itemId: string; text: string }[], limits: ModerationLimits): TextBatch[] {
  const batches: TextBatch[] = [];
  let current: TextBatch = { input: [], itemIds: [] };
  let chars = 0;
  for (const entry of entries) {
    const full =
      current.input.length >= limits.maxInputsPerRequest ||
      chars + entry.text.length > limits.maxCharsPerRequest;
    if (full && current.input.length > 0) {
      batches.push(current);
      current = { input: [], itemIds: [] };
      chars = 0;
    }
    current.input.push(entry.text);
    current.itemIds.push(entry.itemId);
    chars += entry.text.length;
  }
  if (current.input.length > 0) batches.push(current);
  return batches;
}

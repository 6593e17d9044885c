import { z } from 'zod';
import type {
  Moderation,
  ModerationCreateParams,
  ModerationCreateResponse,
  ModerationMultiModalInput,
} from 'openai/resources/moderations';
import { FLAG_THRESHOLD } from './cues';
import { fromZodError, invalidRequest } from './errors';
import { openAIId } from './hash';
import { mapCategories, scoreInput } from './scoring';

export const DEFAULT_MODERATION_MODEL = 'omni-moderation-latest';

const multiModalPart = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('image_url'), image_url: z.object({ url: z.string().min(1) }) }),
]);

const moderationBody = z.object({
  input: z.union([z.string(), z.array(z.string()), z.array(multiModalPart).min(1)]),
  model: z.string().optional(),
});

/** The return type is the SDK's own params type, so a schema that drifts from it fails to compile. */
export function parseModerationBody(raw: unknown): ModerationCreateParams {
  const parsed = moderationBody.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, raw);
  return parsed.data;
}

export function createModeration(raw: unknown): ModerationCreateResponse {
  const params = parseModerationBody(raw);
  const input = params.input;
  let results: Moderation[];
  if (typeof input === 'string') {
    results = [moderate([input], [])];
  } else if (input.every((item): item is string => typeof item === 'string')) {
    // One result per string, in order, as the real endpoint does.
    results = input.map((text) => moderate([text], []));
  } else {
    results = [moderateMultiModal(input.filter(isPart))];
  }
  return {
    id: openAIId('modr-'),
    model: params.model ?? DEFAULT_MODERATION_MODEL,
    results,
  } satisfies ModerationCreateResponse;
}

/** A multi-modal array is one piece of content, so it gets ONE result covering text and image. */
function moderateMultiModal(parts: ModerationMultiModalInput[]): Moderation {
  const texts: string[] = [];
  const images: string[] = [];
  for (const part of parts) {
    if (part.type === 'text') texts.push(part.text);
    else images.push(part.image_url.url);
  }
  // Matches the design's "images one per request": omni-moderation takes a single image.
  if (images.length > 1) {
    throw invalidRequest('Only one image input is supported per moderation request.', 'input');
  }
  return moderate(texts, images);
}

function moderate(texts: string[], images: string[]): Moderation {
  const { scores } = scoreInput(texts, images);
  const categories = mapCategories((c) => scores[c] >= FLAG_THRESHOLD);
  return {
    flagged: Object.values(categories).some(Boolean),
    categories,
    category_scores: scores,
    category_applied_input_types: appliedInputTypes(texts.length > 0, images.length > 0),
  } satisfies Moderation;
}

/**
 * The real API lists, per category, which input types it evaluated: text-only categories never
 * say 'image', and with an image-only input they come back empty.
 */
function appliedInputTypes(
  hasText: boolean,
  hasImage: boolean,
): Moderation.CategoryAppliedInputTypes {
  const text: 'text'[] = hasText ? ['text'] : [];
  const both = (): ('text' | 'image')[] => (hasImage ? [...text, 'image'] : [...text]);
  return {
    harassment: [...text],
    'harassment/threatening': [...text],
    hate: [...text],
    'hate/threatening': [...text],
    illicit: [...text],
    'illicit/violent': [...text],
    'self-harm': both(),
    'self-harm/intent': both(),
    'self-harm/instructions': both(),
    sexual: both(),
    'sexual/minors': [...text],
    violence: both(),
    'violence/graphic': both(),
  };
}

function isPart(item: string | ModerationMultiModalInput): item is ModerationMultiModalInput {
  return typeof item !== 'string';
}

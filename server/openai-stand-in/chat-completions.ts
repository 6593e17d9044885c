import { z } from 'zod';
import type {
  ChatCompletion,
  ChatCompletionCreateParams,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { fromZodError, invalidRequest } from './errors';
import { estimateTokens, openAIId, unixSeconds } from './hash';
import {
  contentPart,
  jsonObjectFormat,
  jsonSchemaObject,
  partsText,
  schemaName,
  textFormat,
  toOutputFormat,
} from './output-format';
import { generateContent } from './structured-output';

const chatBody = z.object({
  model: z.string().min(1),
  messages: z
    .array(
      z.object({
        role: z.enum(['developer', 'system', 'user', 'assistant', 'tool', 'function']),
        content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
      }),
    )
    .min(1),
  response_format: z
    .discriminatedUnion('type', [
      textFormat,
      jsonObjectFormat,
      z.object({
        type: z.literal('json_schema'),
        json_schema: z.object({
          name: schemaName,
          description: z.string().optional(),
          schema: jsonSchemaObject.optional(),
          strict: z.boolean().nullish(),
        }),
      }),
    ])
    .optional(),
  stream: z.boolean().nullish(),
});

/** The subset the stand-in reads, typed by the SDK's params so drift fails to compile. */
interface ChatRequest {
  model: ChatCompletionCreateParams['model'];
  messages: {
    role: ChatCompletionMessageParam['role'];
    content?: z.infer<typeof chatBody>['messages'][number]['content'];
  }[];
  response_format?: ChatCompletionCreateParams['response_format'];
  stream?: boolean | null;
}

function parseChatBody(raw: unknown): ChatRequest {
  const parsed = chatBody.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, raw);
  return parsed.data;
}

export function createChatCompletion(raw: unknown): ChatCompletion {
  const params = parseChatBody(raw);
  if (params.stream) {
    throw invalidRequest('Streaming is not supported by the Caselight OpenAI stand-in.', 'stream');
  }
  // Only user turns are scored: system prompts carry guidance text whose own words
  // ("threats", "kill") must not read as case content.
  const userText = params.messages
    .filter((m) => m.role === 'user')
    .flatMap((m) => partsText(m.content))
    .join('\n');
  const rf = params.response_format;
  const format = toOutputFormat(
    rf?.type === 'json_schema' ? { type: 'json_schema', schema: rf.json_schema.schema } : rf,
  );
  const content = generateContent(format, userText);
  const promptTokens = estimateTokens(JSON.stringify(params.messages));
  const completionTokens = estimateTokens(content);
  const reasoningTokens = isReasoningModel(params.model) ? 64 : 0;
  return {
    id: openAIId('chatcmpl-'),
    object: 'chat.completion',
    created: unixSeconds(),
    model: params.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens + reasoningTokens,
      total_tokens: promptTokens + completionTokens + reasoningTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: reasoningTokens,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: 'default',
  } satisfies ChatCompletion;
}

export function isReasoningModel(model: string): boolean {
  return /^(gpt-5|o\d)/.test(model);
}

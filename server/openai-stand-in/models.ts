import type { Model } from 'openai/resources/models';
import { modelNotFound } from './errors';

/**
 * `owned_by` is the one field the extension shows reviewers to say plainly that scores come
 * from this stand-in and not from OpenAI; keep it on every model.
 */
export const STAND_IN_OWNER = 'caselight-stand-in';

const MODELS: readonly Model[] = [
  {
    id: 'omni-moderation-latest',
    object: 'model',
    created: 1_732_734_466,
    owned_by: STAND_IN_OWNER,
  },
  {
    id: 'omni-moderation-2024-09-26',
    object: 'model',
    created: 1_732_734_466,
    owned_by: STAND_IN_OWNER,
  },
  { id: 'gpt-5', object: 'model', created: 1_754_425_777, owned_by: STAND_IN_OWNER },
  { id: 'gpt-5-mini', object: 'model', created: 1_754_425_867, owned_by: STAND_IN_OWNER },
  { id: 'gpt-5-nano', object: 'model', created: 1_754_426_384, owned_by: STAND_IN_OWNER },
] satisfies Model[];

export interface ModelList {
  object: 'list';
  data: Model[];
}

export function listModels(): ModelList {
  return { object: 'list', data: MODELS.map((m) => ({ ...m })) };
}

export function retrieveModel(id: string): Model {
  const model = MODELS.find((m) => m.id === id);
  if (!model) throw modelNotFound(id);
  return { ...model };
}

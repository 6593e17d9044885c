import type { Assessment } from './schema';

/**
 * Part of the case tried to instruct the model, so what the model suggests may be what the case
 * asked for: the panel marks the suggestion untrusted and asks no reason for not following it.
 */
export function suggestionUntrusted(
  a: Pick<Assessment, 'injectionSuspected' | 'injectionFields'>,
): boolean {
  // An assessment stored before fields were read has none.
  return (a.injectionSuspected?.length ?? 0) + (a.injectionFields?.length ?? 0) > 0;
}

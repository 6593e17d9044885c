import type { GoldItem } from './schema';

/**
 * Why a gold set cannot be assigned, or undefined when it can. A set whose every case is
 * marked "experts disagree" has no agreed answer to score a trainee against, so no trainee
 * could ever pass it. We refuse it rather than fall back to accuracy: accuracy against an
 * answer the experts themselves dispute would grade the trainee on a coin the experts tossed.
 * The case API and the trainer page give the same reason.
 */
export function unassignableReason(
  items: readonly Pick<GoldItem, 'disputed'>[],
): string | undefined {
  if (items.length > 0 && items.every((item) => item.disputed)) {
    return 'Every case in this set is marked "experts disagree", so there is no agreed answer to score a trainee against and nobody could pass it. Build a set with at least one case the experts agree on.';
  }
  return undefined;
}

import type { ExposurePolicy, LighterQueue } from './exposure-policy';

/**
 * The lighter queue to offer a reviewer working in `queue`: the first the lead named for that
 * queue, else the first named for every queue, never the queue they are already in. The panel
 * uses it to name the offer; the background, from the pack it installed, to pick the address.
 */
export function lighterQueueFor(
  policy: Pick<ExposurePolicy, 'lighterQueues'>,
  queue: string | undefined,
): LighterQueue | undefined {
  const offered = (policy.lighterQueues ?? []).filter((q) => q.label !== queue);
  const forThisQueue = offered.find((q) => queue !== undefined && q.from?.includes(queue));
  return forThisQueue ?? offered.find((q) => !q.from?.length);
}

/** Only web addresses reach `tabs.update`: checked again where it is used, whatever validated it. */
export function isWebAddress(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

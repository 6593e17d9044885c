import type { GuidancePack } from './schema';
import type { PackIssue } from './validate-refs';

/**
 * Wellness settings the schema accepts but that would not do what a lead means: a filter mode
 * that filters no case, a lighter-queue suggestion that comes before the break it follows, two
 * lighter queues a reviewer cannot tell apart. Paths are zod's, for the editor's fields.
 */
export function wellnessIssues(pack: GuidancePack): PackIssue[] {
  const wellness = pack.wellness;
  if (!wellness) return [];
  const issues: PackIssue[] = [];
  if (wellness.media === 'threshold' && Object.keys(wellness.thresholds).length === 0)
    issues.push({
      path: 'wellness.thresholds',
      message: 'With no category threshold no case is filtered: set one, or filter always.',
    });
  if (wellness.media === 'queues' && wellness.queues.length === 0)
    issues.push({
      path: 'wellness.queues',
      message: 'With no queue named no case is filtered: name one, or filter always.',
    });
  const exposure = wellness.exposure;
  if (exposure.suggestLighterQueueAfterMinutes < exposure.suggestBreakAfterMinutes)
    issues.push({
      path: 'wellness.exposure.suggestLighterQueueAfterMinutes',
      message: `A lighter queue is suggested after the first break suggestion: at least ${exposure.suggestBreakAfterMinutes} minutes.`,
    });
  const seen = new Set<string>();
  (exposure.lighterQueues ?? []).forEach((queue, index) => {
    const key = queue.label.toLowerCase();
    if (seen.has(key))
      issues.push({
        path: `wellness.exposure.lighterQueues.${index}.label`,
        message: `Another lighter queue is already called "${queue.label}".`,
      });
    seen.add(key);
  });
  return issues;
}

import type { Assessment } from '../../utils/assessment/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import { suggestionUntrusted } from '../../utils/assessment/untrusted';
import { pct } from './risk-overview';
import { aboveFloor, categoryRows, overallLevel } from './score-view';

/**
 * One sentence for a screen reader when scores arrive or change: the risk level, the top
 * categories and the suggestion, as the panel shows them. The case id keeps two cases with
 * the same scores from reading as "nothing new".
 */
export function scoreAnnouncement(a: Assessment, pack: GuidancePack | undefined): string {
  const rows = categoryRows(a, pack);
  const level = overallLevel(rows, a);
  const top = rows
    .filter(aboveFloor)
    .slice(0, 3)
    .map((r) => `${r.category} ${pct(r.score ?? 0)}`);
  const parts = [
    `Scores for ${a.caseId}: risk ${level === 'unknown' ? 'not scored' : level}.`,
    top.length ? `Highest: ${top.join(', ')}.` : 'No category stands out.',
  ];
  const s = a.suggestion;
  if (s) {
    const action = pack?.actions.find((x) => x.id === s.actionId)?.label ?? s.actionId;
    const policies = s.policyIds.map((id) => pack?.policies.find((p) => p.id === id)?.title ?? id);
    parts.push(
      `Suggestion: ${action}, ${pct(s.confidence)} confident` +
        (policies.length ? ` (${policies.join(', ')}).` : '.'),
    );
    if (a.disagreement) parts.push('The rules and the policy model disagree: second look.');
    if (suggestionUntrusted(a)) parts.push('The suggestion is marked untrusted.');
  } else parts.push('No suggestion.');
  return parts.join(' ');
}

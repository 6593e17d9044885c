import type { GuidancePack } from '../guidance/schema';
import { signalIssue, type PackIssue } from '../guidance/validate-core';
import type { IncidentInput, IncidentSignal } from './schema';

/**
 * What an incident must pass beyond its schema, against the guidance in force: its signature
 * by the guidance signals' own checks (so a regex that could hang a panel is refused with the
 * reason), its overlay and playbook by the actions and playbooks the guidance has.
 */

function signatureIssue(signal: IncidentSignal): string | undefined {
  if (signal.kind === 'account') {
    return signal.pattern.trim() === '' ? 'An account id cannot be only spaces.' : undefined;
  }
  return signalIssue({ kind: signal.kind, pattern: signal.pattern });
}

export function checkIncident(incident: IncidentInput, pack: GuidancePack): PackIssue[] {
  const issues: PackIssue[] = [];
  incident.signature.forEach((signal, index) => {
    const message = signatureIssue(signal);
    if (message) issues.push({ path: `signature.${index}.pattern`, message });
  });
  const overlay = incident.overlay;
  if (overlay && !pack.actions.some((action) => action.id === overlay.actionId)) {
    const known = pack.actions.map((action) => action.id).join(', ');
    issues.push({
      path: 'overlay.actionId',
      message: `The guidance has no action "${overlay.actionId}" (it has: ${known}).`,
    });
  }
  const playbookId = incident.playbookId;
  if (playbookId !== undefined && !pack.playbooks.some((playbook) => playbook.id === playbookId)) {
    issues.push({ path: 'playbookId', message: `The guidance has no playbook "${playbookId}".` });
  }
  return issues;
}

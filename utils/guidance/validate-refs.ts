import type { GuidancePack } from './schema';
import { wellnessIssues } from './validate-wellness';

/**
 * The checks a schema cannot express: ids that must be unique, references that must resolve,
 * hotkeys that must not clash, thresholds that would fire on everything. Paths are the zod
 * form (`policies.2.action`) so the editor can put each message beside its field.
 */

export interface PackIssue {
  path: string;
  message: string;
}

type Collection = 'actions' | 'policies' | 'signals' | 'playbooks';

function duplicateIds(pack: GuidancePack, collection: Collection): PackIssue[] {
  const first = new Map<string, number>();
  const issues: PackIssue[] = [];
  pack[collection].forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else {
      issues.push({
        path: `${collection}.${index}.id`,
        message: `Duplicate id "${id}" (also ${collection}.${earlier}).`,
      });
    }
  });
  return issues;
}

function hotkeyClashes(pack: GuidancePack): PackIssue[] {
  const owner = new Map<string, string>();
  const issues: PackIssue[] = [];
  pack.actions.forEach((action, index) => {
    if (!action.hotkey) return;
    const other = owner.get(action.hotkey);
    if (other === undefined) owner.set(action.hotkey, action.label);
    else {
      issues.push({
        path: `actions.${index}.hotkey`,
        message: `Hotkey "${action.hotkey}" is also used by "${other}".`,
      });
    }
  });
  return issues;
}

function references(pack: GuidancePack): PackIssue[] {
  const actions = new Map(pack.actions.map((a) => [a.id, a]));
  const policies = new Set(pack.policies.map((p) => p.id));
  const issues: PackIssue[] = [];
  const unknownAction = (path: string, id: string) =>
    issues.push({ path, message: `Unknown action "${id}".` });
  pack.policies.forEach((policy, p) => {
    if (!actions.has(policy.action)) unknownAction(`policies.${p}.action`, policy.action);
    policy.examples.forEach((example, e) => {
      if (!actions.has(example.action)) {
        unknownAction(`policies.${p}.examples.${e}.action`, example.action);
      }
    });
  });
  pack.signals.forEach((signal, s) => {
    if (!policies.has(signal.policyId)) {
      issues.push({
        path: `signals.${s}.policyId`,
        message: `Unknown policy "${signal.policyId}".`,
      });
    }
  });
  pack.playbooks.forEach((playbook, b) => {
    const action = actions.get(playbook.actionId);
    if (!action) unknownAction(`playbooks.${b}.actionId`, playbook.actionId);
    else if (!action.escalates) {
      issues.push({
        path: `playbooks.${b}.actionId`,
        message: `"${action.label}" does not escalate; playbooks are shown for escalating actions.`,
      });
    }
  });
  return issues;
}

function thresholds(pack: GuidancePack): PackIssue[] {
  const issues: PackIssue[] = [];
  pack.policies.forEach((policy, p) => {
    for (const [category, value] of Object.entries(policy.thresholds)) {
      const path = `policies.${p}.thresholds.${category}`;
      if (value === undefined || !Number.isFinite(value) || value < 0 || value > 1) {
        issues.push({ path, message: 'A threshold is a score between 0 and 1.' });
      } else if (value === 0) {
        // Every score is ≥ 0: the policy would fire on every case that has this category.
        issues.push({ path, message: 'A threshold of 0 fires on every case; use at least 0.01.' });
      }
    }
  });
  return issues;
}

export function crossChecks(pack: GuidancePack): PackIssue[] {
  return [
    ...duplicateIds(pack, 'actions'),
    ...duplicateIds(pack, 'policies'),
    ...duplicateIds(pack, 'signals'),
    ...duplicateIds(pack, 'playbooks'),
    ...hotkeyClashes(pack),
    ...references(pack),
    ...thresholds(pack),
    ...wellnessIssues(pack),
  ];
}

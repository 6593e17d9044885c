import { diffText, type TextPart } from './diff-text';
import { wellnessChanges } from './diff-wellness';
import type {
  GuidanceAction,
  GuidancePack,
  GuidancePolicy,
  GuidanceSignal,
  Playbook,
} from './schema';

/**
 * What changed between two packs, in lines a reviewer can read in a banner ("Harassment and
 * bullying: harassment threshold 0.60 → 0.80"), with a word diff of any changed policy text.
 */

export type PackSection = 'actions' | 'policies' | 'signals' | 'playbooks' | 'wellness';

export interface PackChange {
  section: PackSection;
  id: string;
  summary: string;
  /** A changed policy body, word by word. */
  text?: TextPart[];
}

const fmt = (n: number | undefined) => (n === undefined ? 'none' : n.toFixed(2));
const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none');

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Added, removed and kept items of one section, in the new pack's order, then removals. */
function pair<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): { id: string; old?: T; new?: T }[] {
  const old = byId(before);
  const now = byId(after);
  return [
    ...after.map((item) => ({ id: item.id, old: old.get(item.id), new: item })),
    ...before.filter((item) => !now.has(item.id)).map((item) => ({ id: item.id, old: item })),
  ];
}

function actionLines(a: GuidanceAction, b: GuidanceAction): string[] {
  const lines: string[] = [];
  if (a.label !== b.label) lines.push(`renamed "${a.label}" → "${b.label}"`);
  if (a.hotkey !== b.hotkey) lines.push(`hotkey ${a.hotkey ?? 'none'} → ${b.hotkey ?? 'none'}`);
  if (a.severity !== b.severity) lines.push(`severity ${a.severity} → ${b.severity}`);
  if (a.needsNote !== b.needsNote)
    lines.push(b.needsNote ? 'now needs a note' : 'no longer needs a note');
  if (a.escalates !== b.escalates)
    lines.push(b.escalates ? 'now escalates' : 'no longer escalates');
  return lines;
}

function policyLines(a: GuidancePolicy, b: GuidancePolicy, label: (id: string) => string) {
  const lines: string[] = [];
  if (a.title !== b.title) lines.push(`renamed "${a.title}" → "${b.title}"`);
  const categories = new Set([...Object.keys(a.thresholds), ...Object.keys(b.thresholds)]);
  for (const category of [...categories].toSorted()) {
    const from = a.thresholds[category as keyof typeof a.thresholds];
    const to = b.thresholds[category as keyof typeof b.thresholds];
    if (from !== to) lines.push(`${category} threshold ${fmt(from)} → ${fmt(to)}`);
  }
  const addedCats = b.categories.filter((c) => !a.categories.includes(c));
  const removedCats = a.categories.filter((c) => !b.categories.includes(c));
  if (addedCats.length > 0) lines.push(`categories added: ${list(addedCats)}`);
  if (removedCats.length > 0) lines.push(`categories removed: ${list(removedCats)}`);
  if (a.action !== b.action) lines.push(`action ${label(a.action)} → ${label(b.action)}`);
  if (JSON.stringify(a.examples) !== JSON.stringify(b.examples)) {
    lines.push(`examples changed (${a.examples.length} → ${b.examples.length})`);
  }
  if (a.body !== b.body) lines.push('text changed');
  return lines;
}

const describeSignal = (s: GuidanceSignal) => `${s.kind} "${s.pattern}" (${s.policyId})`;

function signalLines(a: GuidanceSignal, b: GuidanceSignal): string[] {
  const lines: string[] = [];
  if (a.kind !== b.kind) lines.push(`${a.kind} → ${b.kind}`);
  if (a.pattern !== b.pattern) lines.push(`"${a.pattern}" → "${b.pattern}"`);
  if (a.policyId !== b.policyId) lines.push(`policy ${a.policyId} → ${b.policyId}`);
  return lines;
}

function playbookLines(a: Playbook, b: Playbook): string[] {
  const lines: string[] = [];
  if (a.title !== b.title) lines.push(`renamed "${a.title}" → "${b.title}"`);
  if (a.actionId !== b.actionId) lines.push(`now for ${b.actionId} (was ${a.actionId})`);
  if (JSON.stringify(a.steps) !== JSON.stringify(b.steps)) {
    lines.push(`steps changed (${a.steps.length} → ${b.steps.length})`);
  }
  return lines;
}

export function diffPacks(before: GuidancePack, after: GuidancePack): PackChange[] {
  const labels = byId([...before.actions, ...after.actions]);
  const label = (id: string) => labels.get(id)?.label ?? id;
  const changes: PackChange[] = [];
  const add = (section: PackSection, id: string, summary: string, text?: TextPart[]) =>
    changes.push(text ? { section, id, summary, text } : { section, id, summary });

  for (const p of pair(before.policies, after.policies)) {
    if (!p.old) add('policies', p.id, `Policy added: ${p.new!.title} (→ ${label(p.new!.action)})`);
    else if (!p.new) add('policies', p.id, `Policy removed: ${p.old.title}`);
    else {
      const lines = policyLines(p.old, p.new, label);
      const text = p.old.body === p.new.body ? undefined : diffText(p.old.body, p.new.body);
      if (lines.length > 0) add('policies', p.id, `${p.new.title}: ${lines.join('; ')}`, text);
    }
  }
  for (const a of pair(before.actions, after.actions)) {
    if (!a.old) add('actions', a.id, `Action added: ${a.new!.label}`);
    else if (!a.new) add('actions', a.id, `Action removed: ${a.old.label}`);
    else {
      const lines = actionLines(a.old, a.new);
      if (lines.length > 0) add('actions', a.id, `Action ${a.new.label}: ${lines.join('; ')}`);
    }
  }
  for (const s of pair(before.signals, after.signals)) {
    if (!s.old) add('signals', s.id, `Signal added: ${describeSignal(s.new!)}`);
    else if (!s.new) add('signals', s.id, `Signal removed: ${describeSignal(s.old)}`);
    else {
      const lines = signalLines(s.old, s.new);
      if (lines.length > 0) add('signals', s.id, `Signal ${s.id}: ${lines.join('; ')}`);
    }
  }
  for (const b of pair(before.playbooks, after.playbooks)) {
    if (!b.old) add('playbooks', b.id, `Playbook added: ${b.new!.title}`);
    else if (!b.new) add('playbooks', b.id, `Playbook removed: ${b.old.title}`);
    else {
      const lines = playbookLines(b.old, b.new);
      if (lines.length > 0) add('playbooks', b.id, `Playbook ${b.new.title}: ${lines.join('; ')}`);
    }
  }
  for (const w of wellnessChanges(before, after)) add('wellness', w.id, w.summary);
  return changes;
}

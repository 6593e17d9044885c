import type { GuidancePackInput } from './schema';

/** The actions of the default pack, ordered by severity; their hotkeys are 1–7. */
export const DEFAULT_ACTIONS: GuidancePackInput['actions'] = [
  { id: 'no-action', label: 'No violation', hotkey: '1', severity: 'none' },
  { id: 'warn', label: 'Warn user', hotkey: '2', severity: 'low' },
  { id: 'remove', label: 'Remove content', hotkey: '3', severity: 'medium' },
  { id: 'suspend', label: 'Suspend account', hotkey: '4', severity: 'high', needsNote: true },
  {
    id: 'escalate',
    label: 'Escalate to specialist',
    hotkey: '5',
    severity: 'high',
    needsNote: true,
    escalates: true,
  },
  {
    id: 'escalate-self-harm',
    label: 'Escalate: self-harm risk',
    hotkey: '6',
    severity: 'critical',
    escalates: true,
  },
  {
    id: 'escalate-child-safety',
    label: 'Escalate: child safety',
    hotkey: '7',
    severity: 'critical',
    needsNote: true,
    escalates: true,
  },
];

export const DEFAULT_PLAYBOOKS: GuidancePackInput['playbooks'] = [
  {
    id: 'self-harm-escalation',
    actionId: 'escalate-self-harm',
    title: 'Self-harm risk',
    steps: [
      'Do not remove the content until the wellbeing team has seen it.',
      'Send the user the in-app support resources message (template SH-1).',
      'If a time, place or method is named, mark the case urgent: the wellbeing team answers within 15 minutes.',
      'Take a break after this case if you need one.',
    ],
  },
  {
    id: 'child-safety-escalation',
    actionId: 'escalate-child-safety',
    title: 'Child safety',
    steps: [
      'Do not download, forward or describe the material in your note beyond what is needed.',
      'Note the account ids and message ids involved.',
      'The child-safety team files the legally required report; do not contact the user.',
    ],
  },
  {
    id: 'credible-threat-escalation',
    actionId: 'escalate',
    title: 'Credible threat',
    steps: [
      'Check for a named target, a place, a time or a means.',
      'Quote the exact message in your note.',
      'If harm seems imminent, use the emergency line in the escalation runbook.',
    ],
  },
];

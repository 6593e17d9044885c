import { WRITER_FORMAT, type WriterInput } from '../../utils/case/writer/schema';

/** What a new writer starts from: every part named, so a lead edits rather than recalls. */
const template: WriterInput = {
  format: WRITER_FORMAT,
  id: 'my-console',
  name: 'My console',
  consoles: ['my-console'],
  baseUrl: 'https://support.example.com/api',
  auth: { kind: 'bearer' },
  note: {
    template:
      'Caselight decision: {{action.label}}\nPolicies: {{policies.titles}}\n\n{{decision.note}}',
    maxChars: 10_000,
  },
  vars: {},
  actions: {
    default: {
      requests: [
        {
          name: 'note',
          method: 'POST',
          path: '/tickets/{{case.id}}/notes',
          json: { body: '{{note}}', internal: true },
        },
      ],
    },
  },
  replayGuard: {
    kind: 'lookup',
    request: { name: 'notes', method: 'GET', path: '/tickets/{{case.id}}/notes' },
    found: 'notes[body~={{marker}}].id',
    protects: 'note',
    confirm: true,
  },
  result: 'note {{guard.found}}',
};

export const WRITER_TEMPLATE = `${JSON.stringify(template, null, 2)}\n`;

import { startFreshdeskStandIn } from '../../../../server/console-stand-ins/freshdesk';
import type { StandIn } from '../../../../server/console-stand-ins/http';
import { startJiraSmStandIn } from '../../../../server/console-stand-ins/jira-sm';
import { startZendeskStandIn } from '../../../../server/console-stand-ins/zendesk';
import type { WriterSecret } from '../../writer/credentials';
import type { WriterInput } from '../../writer/schema';
import { freshdeskWriterPreset } from '../freshdesk-writer';
import { jiraSmWriterPreset } from '../jira-sm-writer';
import { zendeskWriterPreset } from '../zendesk-writer';

/**
 * Each vendor preset beside the stand-in that checks it, and how a test reads the stand-in's
 * state: one table, so every preset meets the same tests.
 */

export interface Harness {
  standIn: StandIn;
  writer: WriterInput;
  secret: WriterSecret;
  /** Bodies of the internal notes on the test ticket, oldest first. */
  notes(): string[];
  status(): string | number;
  tags(): string[];
}

export interface Vendor {
  name: string;
  console: string;
  caseId: string;
  start(): Promise<Harness>;
  result: RegExp;
  /** After a `remove` decision, and after an `escalate` one. */
  decided: { status: string | number; tags: string[] };
  escalated: string | number;
  reversed: string | number;
  /** What the failure says of a gone ticket: the vendor's words where the engine reads them. */
  notFound: string;
  /** A write the console refuses (a changed writer or action), its status and its words. */
  broken: { change?: Partial<WriterInput>; action?: string; status: number; words: string };
}

const basic = (username: string, password: string, origin: string): WriterSecret => ({
  kind: 'basic',
  username,
  password,
  origin,
});

export const VENDORS: Vendor[] = [
  {
    name: 'Zendesk',
    console: 'zendesk',
    caseId: '4',
    async start() {
      const standIn = await startZendeskStandIn({ port: 0 });
      const ticket = () => standIn.state.tickets.get('4')!;
      return {
        standIn,
        writer: zendeskWriterPreset(standIn.url),
        secret: basic('agent@example.com/token', 'zd-token', standIn.url),
        notes: () =>
          ticket()
            .comments.filter((c) => !c.public)
            .map((c) => c.body),
        status: () => ticket().status,
        tags: () => ticket().tags,
      };
    },
    result: /^comment #\d+$/,
    decided: { status: 'solved', tags: ['spam_report', 'caselight', 'caselight_remove'] },
    escalated: 'open',
    reversed: 'open',
    notFound: 'RecordNotFound',
    broken: { change: { vars: { status: 'done' } }, status: 422, words: 'RecordInvalid' },
  },
  {
    name: 'Freshdesk',
    console: 'freshdesk',
    caseId: '20',
    async start() {
      const standIn = await startFreshdeskStandIn({ port: 0 });
      const ticket = () => standIn.state.tickets.get('20')!;
      return {
        standIn,
        writer: freshdeskWriterPreset(standIn.url),
        secret: basic('fd-key', 'X', standIn.url),
        notes: () =>
          ticket()
            .conversations.filter((c) => c.private)
            .map((c) => c.body),
        status: () => ticket().status,
        tags: () => ticket().tags,
      };
    },
    result: /^note #\d+$/,
    decided: { status: 4, tags: ['abuse-report'] },
    escalated: 2,
    reversed: 2,
    // Freshdesk documents its 404 with no body.
    notFound: 'no reason given',
    broken: { change: { vars: { status: 9 } }, status: 400, words: 'status' },
  },
  {
    name: 'Jira Service Management',
    console: 'jira-sm',
    caseId: 'SUP-4',
    async start() {
      const standIn = await startJiraSmStandIn({ port: 0 });
      const issue = () => standIn.state.issues.get('SUP-4')!;
      return {
        standIn,
        writer: jiraSmWriterPreset(standIn.url),
        secret: basic('agent@example.com', 'jira-token', standIn.url),
        notes: () =>
          issue()
            .comments.filter((c) => !c.public)
            .map((c) => c.body),
        status: () => issue().status,
        tags: () => issue().labels,
      };
    },
    result: /^comment #\d+$/,
    decided: { status: 'Resolved', tags: ['abuse', 'caselight', 'caselight-remove'] },
    escalated: 'Waiting for support',
    reversed: 'Waiting for support',
    // servicedeskapi's own error field, `errorMessage`.
    notFound: 'The request could not be found.',
    // An action id with a space makes a label Jira refuses.
    broken: { action: 'warn twice', status: 400, words: 'labels' },
  },
];

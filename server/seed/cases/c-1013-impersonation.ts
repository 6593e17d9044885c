import { speaker, thread, type SeedCaseFactory } from '../build';

/** A resolved case: a fake bank "support" account phishing for card numbers. */
const fake = speaker('harborline_bank_helpdesk', 'reported');
const rita = speaker('Rita Gomez', 'other');
const bank = speaker('Harborline Bank', 'reporter');
const agent = speaker('Lee (Tier 1)', 'agent');

export const bankImpersonation: SeedCaseFactory = (t) => ({
  id: 'C-1013',
  subject: 'Account impersonating Harborline Bank support',
  status: 'resolved',
  queue: 'Impersonation',
  priority: 'medium',
  language: 'en',
  createdAt: t.at(-2000),
  slaDueAt: t.at(-560),
  reporter: { id: 'U-10001', name: 'Harborline Bank', handle: '@harborlinebank' },
  reported: {
    id: 'U-99871',
    name: 'Harborline Bank Helpdesk',
    handle: '@harborline_bank_helpdesk',
  },
  items: thread(t, [
    fake(
      -2200,
      'Hello from Harborline Bank Support 👋 We noticed unusual activity on your account. ' +
        'Confirm your card number and one-time code to avoid suspension: ' +
        'https://harborline-secure-login.example',
    ),
    rita(-2100, 'Is this really the bank? I got the same DM.'),
    bank(
      -2000,
      'This account is impersonating our official support. We never ask for card numbers ' +
        'or codes by DM.',
    ),
    agent(
      -1900,
      'Confirmed impersonation: copied logo, name mimics the verified account. ' +
        'Account suspended; case resolved.',
    ),
  ]),
});

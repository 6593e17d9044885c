import { speaker, thread, type SeedCaseFactory } from '../build';

/** Benign: a polite refund follow-up that a merchant mis-reported as harassment. */
const mark = speaker('Mark Feldman', 'reported');
const shop = speaker('Blue Harbor Coffee', 'reporter');
const agent = speaker('Dana (Tier 1)', 'agent');

export const billingFollowUp: SeedCaseFactory = (t) => ({
  id: 'C-1008',
  subject: 'Customer messaging a shop repeatedly about a double charge',
  status: 'pending',
  queue: 'Harassment',
  priority: 'low',
  language: 'en',
  createdAt: t.at(-400),
  slaDueAt: t.at(1200),
  reporter: { id: 'U-60012', name: 'Blue Harbor Coffee', handle: '@blueharbor_shop' },
  reported: { id: 'U-34590', name: 'Mark Feldman', handle: '@markf' },
  items: thread(t, [
    mark(
      -11_520,
      'Hi, I was charged twice for order #44817 on the 12th ($38.50 each). Could you refund ' +
        'the duplicate charge?',
    ),
    shop(-11_400, "Thanks, we'll look into it."),
    mark(
      -1_500,
      "Following up: it's been a week and I still see both charges on my card statement. " +
        'Let me know if you need anything from me.',
    ),
    mark(
      -420,
      "Sorry to keep asking. If I don't hear back by Friday I'll have to open a dispute " +
        'with my bank.',
    ),
    shop(-400, 'Reporting for harassment: this customer keeps messaging us.'),
    agent(
      -300,
      'Reads as a legitimate, polite billing follow-up. Likely no violation; suggest ' +
        'redirecting both parties to payments support.',
    ),
  ]),
});

import { speaker, system, thread, type SeedCaseFactory } from '../build';

/** Unsolicited sexual messages between adults, described tamely (suggestive, not explicit). */
const sender = speaker('smooth_operator_22', 'reported');
const emily = speaker('Emily Chen', 'reporter');

export const unsolicitedSexualMessage: SeedCaseFactory = (t) => ({
  id: 'C-1006',
  subject: 'Unsolicited sexual DMs from a stranger',
  status: 'open',
  queue: 'Sexual content',
  priority: 'medium',
  language: 'en',
  createdAt: t.at(-130),
  slaDueAt: t.at(590),
  reporter: { id: 'U-45520', name: 'Emily Chen', handle: '@emchen' },
  reported: { id: 'U-83371', name: 'Smooth Operator', handle: '@smooth_operator_22' },
  items: thread(t, [
    sender(-180, 'hey gorgeous 😏 saw your beach photos'),
    sender(
      -179,
      'bet you look even better without the swimsuit. send me a few private pics and ' +
        "I'll send you some of mine",
    ),
    sender(
      -176,
      "come on don't be shy, I want to get you into bed tonight. I can tell you want it",
    ),
    emily(
      -131,
      "I don't know this person and never replied. He keeps sending sexual messages and " +
        'asking for nude photos.',
    ),
    system(-130, 'Sender has no prior interaction with the recipient. 3 messages in 4 minutes.'),
  ]),
});

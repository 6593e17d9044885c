import { speaker, system, thread, type SeedCaseFactory } from '../build';

/**
 * Self-harm risk: a user expresses hopelessness, has given things away and names a time.
 * Written plainly and respectfully, as a worried friend would report it; no method is named.
 */
const jamie = speaker('quietwaves', 'reported');
const chris = speaker('Chris Morgan', 'reporter');
const agent = speaker('Sofia (Tier 2)', 'agent');

export const selfHarmRisk: SeedCaseFactory = (t) => ({
  id: 'C-1005',
  subject: 'Friend worried about a user who says they plan to end their life',
  status: 'open',
  queue: 'Self-harm',
  priority: 'urgent',
  language: 'en',
  createdAt: t.at(-20),
  slaDueAt: t.at(15),
  reporter: { id: 'U-12054', name: 'Chris Morgan', handle: '@chrism' },
  reported: { id: 'U-70831', name: 'Jamie', handle: '@quietwaves' },
  items: thread(t, [
    jamie(
      -95,
      "I don't really see the point of anything anymore. Everyone would be better off " +
        'without me around.',
    ),
    chris(-90, "Hey, that's not true. Do you want to talk? I can call you tonight."),
    jamie(
      -70,
      "I've already given my guitar and my cat to my sister. I've decided this weekend is " +
        'when I end it. I just wanted to say thanks for being a good friend.',
    ),
    chris(
      -21,
      "Jamie please don't. I'm reporting this because I'm really worried and I don't know " +
        'what else to do.',
    ),
    system(-20, 'Self-harm risk signal. Priority raised to urgent; support resources queued.'),
    agent(
      -10,
      'Risk indicators: hopelessness, giving away possessions, a stated timeframe. Following ' +
        'the imminent-risk protocol; do not close without lead review.',
    ),
  ]),
});

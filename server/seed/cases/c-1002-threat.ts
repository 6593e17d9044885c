import { speaker, system, thread, type SeedCaseFactory } from '../build';

/** A credible threat: a specific place, a specific time and stated intent; nothing graphic. */
const night = speaker('nightshift_43', 'reported');
const daniel = speaker('Daniel Kim', 'reporter');
const agent = speaker('Lee (Tier 1)', 'agent');

export const credibleThreat: SeedCaseFactory = (t) => ({
  id: 'C-1002',
  subject: 'Threat naming a parking garage and a time',
  status: 'escalated',
  queue: 'Violent threats',
  priority: 'urgent',
  language: 'en',
  createdAt: t.at(-85),
  slaDueAt: t.at(-25),
  reporter: { id: 'U-51102', name: 'Daniel Kim', handle: '@dkim_builds' },
  reported: { id: 'U-77310', name: 'nightshift_43', handle: '@nightshift_43' },
  items: thread(t, [
    night(-140, 'You think you can embarrass me in front of the whole forum and just walk away?'),
    night(
      -138,
      'I know you park on level 2 of the Elm Street garage and leave at 6:15 every evening.',
    ),
    night(
      -137,
      "Thursday at 6:15 I'll be waiting next to your car. Bring whoever you want. " +
        "It won't help you.",
    ),
    daniel(
      -86,
      "I've never met this person. They know where I park and when I leave work. " +
        "I'm scared to go to my car on Thursday.",
    ),
    system(
      -85,
      'Auto-flag: matched threat signals (specific place, specific time, stated intent).',
    ),
    agent(
      -60,
      'Credible threat indicators present. Escalated under the violent threats playbook; ' +
        'law-enforcement referral waiting for lead approval.',
    ),
  ]),
});

import { speaker, thread, type SeedCaseFactory } from '../build';

/**
 * Hate speech, kept mild and wholly fictional: dehumanising language and an invented slur
 * ("tarnies") aimed at an invented people (Tarnovians), so the fixture names no real group.
 */
const harbor = speaker('old_harbor_guy', 'reported');
const lucy = speaker('lakeside_lucy', 'other');
const hannah = speaker('Hannah Weiss', 'reporter');
const agent = speaker('Ravi (Tier 2)', 'agent');

export const hateSpeech: SeedCaseFactory = (t) => ({
  id: 'C-1004',
  subject: 'Dehumanising posts about Tarnovian families in a local group',
  status: 'in-review',
  queue: 'Hate speech',
  priority: 'high',
  language: 'en',
  createdAt: t.at(-300),
  slaDueAt: t.at(360),
  reporter: { id: 'U-31877', name: 'Hannah Weiss', handle: '@hweiss' },
  reported: { id: 'U-66012', name: 'Old Harbor Guy', handle: '@old_harbor_guy' },
  items: thread(t, [
    harbor(
      -520,
      'Another Tarnovian family moved onto our street. These tarnies breed like rats and the ' +
        'whole neighbourhood goes downhill.',
    ),
    lucy(-505, "That's a horrible thing to say about people you haven't even met."),
    harbor(
      -490,
      "They aren't people, they're vermin. Every one of them. Someone should drive them out " +
        'before they infest the rest of town.',
    ),
    hannah(
      -300,
      'He keeps posting this about Tarnovian families in our neighbourhood group. ' +
        'My neighbours are Tarnovian and they have seen it.',
    ),
    agent(
      -240,
      "'Tarnies' is a slur for Tarnovians (a fictional group used in our training data). " +
        'Dehumanising comparison plus a call for exclusion.',
    ),
  ]),
});

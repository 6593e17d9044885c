import { speaker, system, thread, type SeedCaseFactory } from '../build';

/** Harassment: one account insults the reporter for days and rallies others to pile on. */
const jake = speaker('jdoe_77', 'reported');
const kyle = speaker('kyle_r', 'other');
const sam = speaker('sam.t.88', 'other');
const maria = speaker('Maria Lopez', 'reporter');
const agent = speaker('Dana (Tier 1)', 'agent');

export const harassmentDogpile: SeedCaseFactory = (t) => ({
  id: 'C-1001',
  subject: 'Repeated insults and pile-on under profile photos',
  status: 'open',
  queue: 'Harassment',
  priority: 'high',
  language: 'en',
  createdAt: t.at(-190),
  slaDueAt: t.at(45),
  reporter: { id: 'U-88213', name: 'Maria Lopez', handle: '@marial' },
  reported: { id: 'U-40721', name: 'Jake Doe', handle: '@jdoe_77' },
  items: thread(t, [
    jake(-2900, "lol look who's posting again. nobody asked for your opinion, Maria."),
    jake(-2880, 'you are honestly the most pathetic person on this app. delete your account.'),
    kyle(-1500, '@jdoe_77 told me about you. what a joke 😂'),
    sam(-1490, 'everyone go to her page and tell her what you think of her lol'),
    jake(-420, "Maria you're worthless and everyone here knows it. stop crying to the mods."),
    jake(-400, "I'll keep commenting on every photo you put up. you can't block all of us."),
    system(-190, 'Report filed from the in-app report button. Reason: Harassment or bullying.'),
    maria(
      -189,
      'He has been posting about me under every photo for three days and now his friends are ' +
        "doing it too. I've blocked him twice. Please make it stop.",
    ),
    agent(
      -120,
      'Moved to Harassment: repeated targeting across several posts and a coordinated ' +
        'pile-on by at least two other accounts.',
    ),
  ]),
});

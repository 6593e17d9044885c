import { speaker, system, thread, type Line, type SeedCaseFactory } from '../build';

/**
 * The long thread: exactly 300 messages of a hiking group chat that a spam account slowly
 * takes over. Generated from index arithmetic only (no randomness), so it is identical on
 * every run; it exercises batching, per-message scores and long-thread rendering.
 */
export const GROUP_CHAT_LENGTH = 300;

const members = [
  speaker('tom_h', 'other'),
  speaker('aisha.k', 'other'),
  speaker('mike_trails', 'other'),
  speaker('jules_w', 'other'),
];
const nina = speaker('ninap', 'reporter');
const spammer = speaker('deals4u_fastcash', 'reported');

const chatter = [
  "Anyone up for Saturday's ridge loop?",
  'I can drive, three seats free.',
  'Forecast says clear until about 2pm.',
  "Don't forget headlamps, sunset is early now.",
  'Photos from last weekend are in the shared album 📷',
  'Is the north trailhead car park still closed?',
  'Bringing the big thermos of tea ☕',
  'Who has the spare map?',
  'Meet at 7:30 at the café by the station?',
  "Knee's better, count me in!",
  'Trail report says the lower bridge is muddy.',
  'Can we do the shorter route if it rains?',
];
const spam = [
  '💰 Make $500/day from home! Join now: https://fastcash-deals.example/join?r=hike',
  '🔥 Free gift cards for the first 100 people → https://free-giftcards-now.example',
  'DM me for the crypto signal group, 10x guaranteed 🚀 https://moon-signals.example',
  'LIMITED OFFER!!! https://fastcash-deals.example/vip CLICK NOW',
  'WHY ARE YOU IGNORING ME?? EASY MONEY https://fastcash-deals.example/now',
];
const complaints = [
  'Who added this account?',
  'Can an admin remove them please?',
  "Do NOT click those links, my cousin's account got taken over that way.",
  "I'm muting the group until this stops.",
  'This is getting ridiculous.',
  'Reported them as well.',
];

/** The `n`th entry, wrapping around (the arrays are non-empty constants). */
function pick<T>(list: readonly T[], n: number): T {
  const value = list[n % list.length];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

/** What message `i` is: normal chat early on, spam growing more frequent, then complaints. */
function line(i: number, minutes: number): Line {
  const spamEvery = i < 100 ? 0 : i < 200 ? 4 : 2;
  if (spamEvery > 0 && i % spamEvery === 0) return spammer(minutes, pick(spam, i / spamEvery));
  const member = pick(members, i);
  if (i >= 100 && i % 5 === 1) return member(minutes, pick(complaints, i));
  if (i % 10 === 3) return nina(minutes, pick(chatter, i * 7));
  return member(minutes, pick(chatter, i * 5));
}

export const groupChatSpam: SeedCaseFactory = (t) => {
  const createdAt = -35;
  const lines: Line[] = [];
  // Messages 4 minutes apart, the last ones just before the report was filed.
  for (let i = 0; i < GROUP_CHAT_LENGTH - 3; i++) {
    lines.push(line(i, createdAt - (GROUP_CHAT_LENGTH - i) * 4));
  }
  lines.push(
    nina(createdAt - 8, "I can't remove them, the app says they're a co-admin. Reporting."),
    nina(createdAt - 6, '@deals4u_fastcash stop posting links in this group.'),
    system(createdAt, 'Report filed by @ninap. Reason: Spam or scam links in a group chat.'),
  );
  return {
    id: 'C-1010',
    subject: 'Group chat "Weekend Hikers" flooded with money-making links',
    status: 'in-review',
    queue: 'Spam',
    priority: 'medium',
    language: 'en',
    createdAt: t.at(createdAt),
    slaDueAt: t.at(120),
    reporter: { id: 'U-50231', name: 'Nina Petrova', handle: '@ninap' },
    reported: { id: 'U-99120', name: 'Deals 4 U', handle: '@deals4u_fastcash' },
    items: thread(t, lines),
  };
};

import { speaker, system, thread, type SeedCaseFactory } from '../build';

/** Benign: two fans trading friendly derby banter, reported by a bystander as bullying. */
const sara = speaker('sarab_fc', 'reported');
const leo = speaker('leo_m', 'other');
const paul = speaker('Paul Novak', 'reporter');

export const sportsBanter: SeedCaseFactory = (t) => ({
  id: 'C-1009',
  subject: 'Fans arguing about last night’s derby',
  status: 'open',
  queue: 'Harassment',
  priority: 'low',
  language: 'en',
  createdAt: t.at(-600),
  slaDueAt: t.at(1800),
  reporter: { id: 'U-18700', name: 'Paul Novak', handle: '@pnovak' },
  reported: { id: 'U-18990', name: 'Sara Bianchi', handle: '@sarab_fc' },
  items: thread(t, [
    system(-720, 'Match thread: Riverside FC 2–0 Northgate United (full time).'),
    sara(-715, 'Your lot parked the bus for 90 minutes and still lost 2-0 😂'),
    leo(-712, "At least we got past the group stage this year. How's the relegation battle going?"),
    sara(-710, 'Ouch. Okay, fair. Loser buys the pizza at the next derby?'),
    leo(-709, 'Deal. Bring tissues 🍕'),
    paul(-600, 'These two insult each other’s teams all day. Seems like bullying to me.'),
  ]),
});

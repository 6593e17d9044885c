import { image, speaker, system, thread, type SeedCaseFactory } from '../build';

/**
 * Graphic violence in an image. The attachment is a labelled placeholder SVG, never real gore:
 * the point is to exercise media blur and image scoring, not to show anyone violence.
 */
const poster = speaker('street_news_now', 'reported');
const dave = speaker('downtown_dave', 'other');
const grace = speaker('Grace Adeyemi', 'reporter');

export const graphicViolenceImage: SeedCaseFactory = (t) => ({
  id: 'C-1007',
  subject: 'Uncensored photo of an injured person shared as "breaking news"',
  status: 'open',
  queue: 'Graphic violence',
  priority: 'high',
  language: 'en',
  createdAt: t.at(-260),
  slaDueAt: t.at(-120),
  reporter: { id: 'U-29981', name: 'Grace Adeyemi', handle: '@grace_a' },
  reported: { id: 'U-55018', name: 'Street News Now', handle: '@street_news_now' },
  items: thread(t, [
    poster(-330, 'Crazy scenes downtown tonight, look at this 😳 #breaking', [
      image(
        'a-1',
        'graphic-violence-placeholder.svg',
        'Photo of an injured person lying in the street (graphic)',
      ),
    ]),
    dave(-320, 'why would you post this uncensored, there are kids on here'),
    poster(-310, 'people need to see what really happened. not taking it down'),
    grace(
      -261,
      'This post shows a badly injured person with no warning screen. It is all over my feed.',
    ),
    system(-260, 'Image matched no known-content hash list. Routed to human review.'),
  ]),
});

import type { GuidancePackInput } from './schema';

/** Policies of the default pack: short, plain rules a reviewer can apply in seconds. */
export const DEFAULT_POLICIES: GuidancePackInput['policies'] = [
  {
    id: 'harassment',
    title: 'Harassment and bullying',
    body: 'Remove insults, degrading remarks and calls for others to pile on aimed at a **specific person**. Repeated or coordinated harassment of one person: suspend.\n\nNot a violation: criticism of ideas, banter between people who clearly know each other, reclaimed terms used about oneself.',
    categories: ['harassment'],
    thresholds: { harassment: 0.6 },
    action: 'remove',
  },
  {
    id: 'threats',
    title: 'Threats of violence',
    body: 'A statement of intent to harm a person, with a **target** and any of a **time, place or means**, is a credible threat: escalate. Hyperbole ("I could kill you for that spoiler") is not, unless context makes it real.',
    // Not 'violence': it scores depictions of injury (a gore image, a news report) as high as
    // threats, and those belong to the graphic-violence policy, not an escalation.
    categories: ['harassment/threatening'],
    thresholds: { 'harassment/threatening': 0.5 },
    action: 'escalate',
  },
  {
    id: 'hate',
    title: 'Hateful conduct',
    body: 'Remove dehumanising language, slurs and calls for exclusion aimed at people for a protected characteristic (ethnicity, religion, nationality, disability, gender, sexual orientation). Threats against a group: escalate.',
    categories: ['hate', 'hate/threatening'],
    thresholds: { hate: 0.5, 'hate/threatening': 0.4 },
    action: 'remove',
  },
  {
    id: 'violence-gore',
    title: 'Graphic violence and gore',
    body: 'Remove images or descriptions of serious injury, mutilation or death shared for shock or glorification. Newsworthy or documentary content may stay behind a warning: note why.',
    categories: ['violence/graphic', 'violence'],
    thresholds: { 'violence/graphic': 0.5, violence: 0.8 },
    action: 'remove',
  },
  {
    id: 'self-harm',
    title: 'Suicide and self-harm',
    body: 'A user expressing intent, a plan or hopelessness: **escalate to the wellbeing team** and send support resources; do not punish the user. Instructions or encouragement of self-harm: remove and escalate.\n\nResources: the in-app support page lists crisis lines by country.',
    categories: ['self-harm', 'self-harm/intent', 'self-harm/instructions'],
    thresholds: { 'self-harm': 0.5, 'self-harm/intent': 0.4, 'self-harm/instructions': 0.3 },
    action: 'escalate-self-harm',
  },
  {
    id: 'sexual-content',
    title: 'Sexual content and solicitation',
    body: 'Remove unsolicited sexual messages and requests for intimate images. Repeated after a warning, or sent to many users: suspend.',
    categories: ['sexual'],
    thresholds: { sexual: 0.6 },
    action: 'remove',
  },
  {
    id: 'minors',
    title: 'Child safety',
    body: 'Any sexual content involving minors, or an adult seeking contact of that kind with a minor: **always escalate** to child safety, whatever the score. Never download or forward the material.',
    categories: ['sexual/minors'],
    thresholds: { 'sexual/minors': 0.1 },
    action: 'escalate-child-safety',
  },
  {
    id: 'spam-scams',
    title: 'Spam, scams and phishing',
    body: 'Remove fake giveaways, investment schemes promising guaranteed returns, requests for seed phrases or passwords, and lookalike links. Accounts created to scam: suspend.',
    categories: ['illicit'],
    thresholds: { illicit: 0.6 },
    action: 'remove',
  },
  {
    id: 'illicit-goods',
    title: 'Illicit and regulated goods',
    body: 'Remove offers to sell weapons, drugs, counterfeit goods or stolen data. Weapons or explosives with intent to harm: escalate.',
    categories: ['illicit', 'illicit/violent'],
    thresholds: { 'illicit/violent': 0.5 },
    action: 'remove',
  },
];

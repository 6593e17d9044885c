/**
 * The cue table: which words push which omni-moderation category up, and by how much.
 * This is a deterministic imitation for tests and the demo, not a classifier. Weights are
 * combined per category as a noisy-OR (1 - Π(1 - w)), so two weak cues together can cross the
 * 0.5 flag threshold while one weak cue alone (e.g. 'wallet', 'bed') does not.
 */

// One list of the 13 categories for the whole project, checked against the SDK's types there.
import type { ModerationCategory } from '../../utils/models/category-names';
export { MODERATION_CATEGORIES, type ModerationCategory } from '../../utils/models/category-names';

/** Categories whose applied input types may include 'image', as the SDK types declare. */
export const IMAGE_CATEGORIES = [
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'violence',
  'violence/graphic',
] as const satisfies readonly ModerationCategory[];

export type ImageCategory = (typeof IMAGE_CATEGORIES)[number];

export const FLAG_THRESHOLD = 0.5;

export interface TextCue {
  /** matched case-insensitively against the text; word boundaries avoid 'skill' → 'kill' */
  pattern: RegExp;
  weights: Partial<Record<ModerationCategory, number>>;
}

export interface ImageCue {
  /** matched against an http(s) URL, or the decoded bytes of a data: URL */
  pattern: RegExp;
  weights: Partial<Record<ImageCategory, number>>;
}

export const TEXT_CUES: readonly TextCue[] = [
  // threats and violence ('kill myself' belongs to self-harm, not to a threat)
  {
    pattern: /\bkill(s|ed|ing)?\b(?!\s+(myself|me)\b)/i,
    weights: { violence: 0.8, 'harassment/threatening': 0.7, harassment: 0.45 },
  },
  {
    pattern: /\bhurt you\b/i,
    weights: { 'harassment/threatening': 0.85, violence: 0.7, harassment: 0.6 },
  },
  {
    pattern: /\bfind you\b/i,
    weights: { 'harassment/threatening': 0.75, harassment: 0.55, violence: 0.3 },
  },
  {
    pattern: /\bknow where you live\b/i,
    weights: { 'harassment/threatening': 0.85, harassment: 0.6 },
  },
  {
    // stalking-style threats: knowing someone's movements, lying in wait
    pattern: /\bi know (where )?you (park|live|work|leave)\b|\bi'?ll be waiting\b/i,
    weights: { 'harassment/threatening': 0.75, harassment: 0.45, violence: 0.55 },
  },
  {
    pattern: /\bwatch your back\b|\byou'?ll regret\b/i,
    weights: { 'harassment/threatening': 0.7, harassment: 0.5 },
  },
  {
    pattern: /\b(beat|shoot|stab) you\b/i,
    weights: { violence: 0.8, 'harassment/threatening': 0.8 },
  },
  {
    pattern: /\b(blood everywhere|dismember\w*|gore)\b/i,
    weights: { 'violence/graphic': 0.75, violence: 0.6 },
  },
  {
    pattern: /\b(make|build) a bomb\b|\b(buy|get) an? (untraceable )?gun\b/i,
    weights: { 'illicit/violent': 0.8, illicit: 0.6, violence: 0.4 },
  },
  // insults
  { pattern: /\b(idiot|loser|worthless|pathetic|moron)s?\b/i, weights: { harassment: 0.8 } },
  { pattern: /\b(stupid|shut up|nobody likes you)\b/i, weights: { harassment: 0.55 } },
  // self-harm
  {
    pattern: /\b(end it all|no reason to live|kill myself|want to die)\b/i,
    weights: { 'self-harm': 0.88, 'self-harm/intent': 0.82 },
  },
  { pattern: /\bsuicid(e|al)\b/i, weights: { 'self-harm': 0.7, 'self-harm/intent': 0.3 } },
  {
    pattern: /\b(how to cut yourself|how many pills)\b/i,
    weights: { 'self-harm/instructions': 0.75, 'self-harm': 0.6 },
  },
  // scams and fraud
  { pattern: /\bwallet\b/i, weights: { illicit: 0.3 } },
  { pattern: /\bseed phrase\b/i, weights: { illicit: 0.75 } },
  { pattern: /\bguaranteed returns?\b/i, weights: { illicit: 0.8 } },
  { pattern: /\bsend (btc|bitcoin|eth|usdt)\b/i, weights: { illicit: 0.75 } },
  // `.example` as the TLD (scam links in seed data), not www.example.com
  { pattern: /\b[\w-]+(?:\.[\w-]+)*\.example(?![\w-]|\.[\w-])/i, weights: { illicit: 0.4 } },
  { pattern: /\bdouble your (money|crypto|btc)\b/i, weights: { illicit: 0.6 } },
  // hate
  { pattern: /\b(vermin|subhuman)\b/i, weights: { hate: 0.85, harassment: 0.45 } },
  { pattern: /\bgo back to\b/i, weights: { hate: 0.6, harassment: 0.4 } },
  {
    pattern: /\b(exterminate|wipe them out)\b/i,
    weights: { 'hate/threatening': 0.8, hate: 0.7, violence: 0.6 },
  },
  // sexual
  { pattern: /\bnudes?\b/i, weights: { sexual: 0.75 } },
  { pattern: /\b(sexual|sexy|explicit)\b/i, weights: { sexual: 0.6 } },
  { pattern: /\bbed\b/i, weights: { sexual: 0.3 } },
  { pattern: /\bunderage\b/i, weights: { 'sexual/minors': 0.35 } },
];

export const IMAGE_CUES: readonly ImageCue[] = [
  { pattern: /violence|gore/i, weights: { 'violence/graphic': 0.9, violence: 0.85 } },
  { pattern: /nsfw|nude/i, weights: { sexual: 0.85 } },
  { pattern: /self-?harm|cutting/i, weights: { 'self-harm': 0.8 } },
];

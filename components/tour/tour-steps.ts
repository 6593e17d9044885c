import type { GuidancePack } from '../../utils/guidance/schema';

/** The panel regions the tour explains; each region's root carries `data-tour="<anchor>"`. */
export type TourAnchor = 'scores' | 'suggestion' | 'guidance' | 'decision-keys' | 'outbox';

export interface TourStep {
  anchor: TourAnchor;
  title: string;
  body: string;
  /** Said instead of pointing, when the region is not on screen (yet). */
  whenAbsent: string;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    anchor: 'scores',
    title: 'Risk scores',
    body: 'Each case is scored by the moderation model and your team’s rules: risk per category, then the riskiest messages. Click a category or message to show it in the console. The lines at the bottom say which model scored it.',
    whenAbsent: 'Scores appear here once the case has been scored.',
  },
  {
    anchor: 'suggestion',
    title: 'Suggested action',
    body: 'The action the rules and the policy model suggest, how confident they are, and the policy they cite. When the two disagree you see both and a second look is suggested. You decide: pick something else and you are asked why.',
    whenAbsent: 'The suggestion appears with the scores.',
  },
  {
    anchor: 'guidance',
    title: 'Policy guidance',
    body: 'The policy text for this case, what the suggestion cites first, and a search across your team’s whole guidance pack. It follows the pack your team publishes.',
    whenAbsent: 'Guidance appears once your team’s guidance pack is installed.',
  },
  {
    anchor: 'decision-keys',
    title: 'Decide from the keyboard',
    body: 'Press an action’s key to pick it, Enter to submit (Ctrl+Enter inside the note) and Esc to clear. Alt+Shift+K jumps here from the console. The action keys come from your team’s guidance pack:',
    whenAbsent: 'The decision form appears with a case.',
  },
  {
    anchor: 'outbox',
    title: 'The outbox',
    body: 'A submitted decision goes to the outbox first, then to the case API: it shows as queued, delivered or failed, with Undo while it is queued. If the API cannot be reached it waits and retries. Decisions are never lost: one stays in the outbox until it is delivered or you discard it.',
    whenAbsent: 'Nothing submitted yet: your decisions will be listed under the form.',
  },
];

export interface Hotkey {
  key: string;
  label: string;
}

/** The keys in force are the installed pack's: a team can rebind or drop them. */
export function hotkeysInForce(pack: GuidancePack | undefined): Hotkey[] {
  return (pack?.actions ?? []).flatMap((a) =>
    a.hotkey ? [{ key: a.hotkey, label: a.label }] : [],
  );
}

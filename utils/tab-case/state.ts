import type { ExtractionMessage } from '../messaging/protocol';
import type { PracticeStatusAnswer } from '../training/practice';

/**
 * What the background knows about the case in one tab. Kept in `storage.session` (never
 * readable by content scripts) so it survives the service worker being stopped, and so every
 * panel showing that tab sees changes through `storage.onChanged`. A plain type: only the
 * background writes it, with data the message schema has just validated.
 */
export type TabCaseState =
  | { status: 'reading'; adapterId: string; url: string; at: number }
  | {
      status: 'ready';
      extraction: ExtractionMessage;
      at: number;
      /**
       * Whether the case is one of the reviewer's gold cases, when the background already knew
       * as it stored the case: the panel then need not ask before showing any scores.
       */
      practice?: PracticeStatusAnswer;
    }
  | { status: 'unreadable'; adapterId: string; url: string; problem: string; at: number };

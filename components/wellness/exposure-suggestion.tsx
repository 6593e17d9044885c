import { useState } from 'react';
import type { ExposurePolicy } from '../../utils/wellness/exposure-policy';
import type { ExposureSuggestion as Suggestion } from '../../utils/wellness/exposure-tally';
import { lighterQueueFor } from '../../utils/wellness/lighter-queue';
import { sendRequest } from '../../utils/messaging/send';
import { useAnnouncement } from '../panel/live-announcer';

interface Props {
  suggestion: Exclude<Suggestion, 'none'>;
  minutes: number;
  policy: ExposurePolicy;
  /** The tab whose case the panel shows: the one a lighter queue opens in. */
  tabId: number | null;
  queue?: string;
  onBreak: () => void;
  onPostpone: () => void;
}

type Outcome = { ok: boolean; text: string };

/**
 * The lead's suggestion past the exposure thresholds, with what it suggests one key press
 * away: a break (its timer starts) or, past the second threshold, the lighter queue the lead
 * named for this queue, opened in this tab by the background (which picks the address).
 */
export function ExposureSuggestion(props: Props) {
  const { suggestion, minutes, policy, tabId } = props;
  const [outcome, setOutcome] = useState<Outcome>();
  const lighter = suggestion === 'break-or-lighter-queue';
  const offer = lighter && tabId !== null ? lighterQueueFor(policy, props.queue) : undefined;
  const named = offer?.label ?? policy.lighterQueue;
  const text =
    `You have spent ${minutes} minutes on high-severity cases this shift. Consider a break` +
    (lighter ? ` or a lighter queue (${named ?? 'ask your lead'})` : '') +
    '.';
  // Said once per kind of suggestion, not again each minute the count in `text` moves on.
  useAnnouncement(
    `High-severity time: consider a break${lighter ? ` or ${named ?? 'a lighter queue'}` : ''}.`,
  );
  useAnnouncement(outcome?.text, outcome ? !outcome.ok : false);
  const switchQueue = async () => {
    if (tabId === null) return;
    const answer = await sendRequest({ type: 'wellness:lighter-queue', tabId }).catch(
      (error: unknown) => ({ ok: false as const, message: String(error) }),
    );
    setOutcome(
      answer.ok
        ? { ok: true, text: `Opening ${answer.label} in this tab.` }
        : { ok: false, text: `Could not switch queue: ${answer.message}` },
    );
  };
  return (
    <div data-testid="exposure-suggestion" className="space-y-1 rounded bg-amber-50 p-2">
      <p>{text}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="underline" onClick={props.onBreak}>
          Take a break
        </button>
        {offer && (
          <button
            type="button"
            data-testid="switch-queue"
            className="underline"
            onClick={() => void switchQueue()}
          >
            Switch to {offer.label}
          </button>
        )}
        <button type="button" className="underline" onClick={props.onPostpone}>
          Not now
        </button>
      </div>
      {outcome && (
        <p data-testid="switch-outcome" className={outcome.ok ? '' : 'text-red-700'}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}

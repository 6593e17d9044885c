import { useEffect } from 'react';
import { exposureTallyStorage } from '../../utils/wellness/exposure-storage';
import {
  endBreak,
  noteSuggestion,
  onBreak,
  postpone,
  suggestionFor,
  takeBreak,
  type ExposureTally,
} from '../../utils/wellness/exposure-tally';
import { useStored } from '../decide/use-stored';
import { useAnnouncement } from '../panel/live-announcer';
import { useNow } from '../panel/use-now';
import { ExposureSuggestion } from './exposure-suggestion';
import { useExposurePolicy } from './use-exposure';

const save = (next: ExposureTally) => void exposureTallyStorage.setValue(next);

const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The reviewer's own high-severity time this shift, the lead's suggestion once past the
 * thresholds, and a break (with its timer) the reviewer can take at any time.
 */
export function ExposureLine({ tabId, queue }: { tabId: number | null; queue?: string }) {
  const policy = useExposurePolicy();
  const tally = useStored(exposureTallyStorage) ?? undefined;
  const now = useNow(1_000);
  const suggestion = suggestionFor(tally, policy);
  const resting = onBreak(tally, now);
  useAnnouncement(
    resting ? `Break started: ${policy.breakMinutes} minutes, not counted.` : undefined,
  );
  useEffect(() => {
    if (tally && suggestion !== 'none' && tally.suggestedAt !== tally.nextSuggestAt)
      void exposureTallyStorage.setValue(noteSuggestion(tally, Date.now()));
  }, [tally, suggestion]);
  const minutes = Math.floor((tally?.seconds ?? 0) / 60);
  const breakButton = (
    <button
      type="button"
      data-testid="take-break"
      className="text-xs text-indigo-700 underline"
      onClick={() => save(takeBreak(tally, Date.now(), policy))}
    >
      Take a {policy.breakMinutes}-minute break
    </button>
  );
  if (resting && tally?.breakUntil)
    return (
      <div role="timer" data-testid="break-timer" className="rounded bg-emerald-50 p-2 text-xs">
        On a break: {mmss(tally.breakUntil - now)} left. High-severity time is not counted.{' '}
        <button type="button" className="underline" onClick={() => save(endBreak(tally))}>
          End break
        </button>
      </div>
    );
  return (
    <div data-testid="exposure" className="space-y-1 text-xs text-zinc-600">
      {tally && suggestion !== 'none' && (
        <ExposureSuggestion
          suggestion={suggestion}
          minutes={minutes}
          policy={policy}
          tabId={tabId}
          queue={queue}
          onBreak={() => save(takeBreak(tally, Date.now(), policy))}
          onPostpone={() => save(postpone(tally, policy))}
        />
      )}
      <p className="flex gap-2">
        <span data-testid="exposure-minutes">High-severity time this shift: {minutes} min</span>
        {breakButton}
      </p>
    </div>
  );
}

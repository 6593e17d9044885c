import { useEffect, useId, useRef, useState } from 'react';
import { installedPackStorage } from '../../utils/guidance/installed';
import type { GuidancePack } from '../../utils/guidance/schema';
import type { TourOutcome } from '../../utils/tour/tour-record';
import { useStored } from '../decide/use-stored';
import { hotkeysInForce, TOUR_STEPS } from './tour-steps';
import { useTourAnchor } from './use-tour-anchor';
import { useTourKeys } from './use-tour-keys';

const BUTTON = 'rounded px-2 py-1 text-xs focus-visible:outline-2 focus-visible:outline-indigo-500';

function Hotkeys({ pack }: { pack?: GuidancePack }) {
  const keys = hotkeysInForce(pack);
  if (keys.length === 0) {
    return <p className="text-xs text-zinc-600">Each action’s key is shown on its button.</p>;
  }
  return (
    <ul data-testid="tour-hotkeys" className="grid grid-cols-2 gap-x-2 text-xs">
      {keys.map(({ key, label }) => (
        <li key={key}>
          <kbd className="font-mono font-semibold">{key}</kbd> {label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A few steps over the panel's regions, as a modal dialog: the region a step explains is ringed
 * and lifted above the backdrop; a step whose region is not on screen is shown centred.
 */
export function PanelTour({ onFinish }: { onFinish(outcome: TourOutcome): void }) {
  const pack = useStored(installedPackStorage) ?? undefined;
  const [index, setIndex] = useState(0);
  const step = TOUR_STEPS[index]!;
  const last = index === TOUR_STEPS.length - 1;
  const anchored = useTourAnchor(step.anchor);
  const dialog = useRef<HTMLDivElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const next = () => (last ? onFinish('done') : setIndex(index + 1));
  const back = () => {
    // Back is disabled on the first step: focus left on it would fall out of the tour.
    if (index === 1) primary.current?.focus();
    setIndex(Math.max(0, index - 1));
  };
  // → stops at the last step: finishing is the Done button's, not a held-down arrow's.
  useTourKeys(dialog, { next: () => !last && next(), back, skip: () => onFinish('skipped') });

  useEffect(() => {
    // Focus goes in on opening and comes back where it was (the Tour button, say) on closing.
    const before = document.activeElement as HTMLElement | null;
    primary.current?.focus();
    return () => before?.focus?.();
  }, []);

  return (
    <>
      <div aria-hidden className="fixed inset-0 z-30 bg-zinc-900/20" />
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        data-testid="panel-tour"
        data-anchored={anchored}
        className={`fixed inset-x-3 z-50 space-y-2 rounded-lg border border-indigo-200 bg-white p-3 shadow-lg ${anchored ? 'bottom-3' : 'top-1/2 -translate-y-1/2'}`}
      >
        <div aria-live="polite" className="space-y-1">
          <p data-testid="tour-counter" className="text-[11px] text-zinc-500">
            {index + 1} of {TOUR_STEPS.length}
          </p>
          <h2 id={titleId} className="text-sm font-semibold text-indigo-700">
            {step.title}
          </h2>
          <p id={bodyId} className="text-xs text-zinc-800">
            {step.body}
          </p>
          {step.anchor === 'decision-keys' && <Hotkeys pack={pack} />}
          {!anchored && <p className="text-xs italic text-zinc-500">{step.whenAbsent}</p>}
        </div>
        <div className="flex items-center gap-1">
          <button
            type="button"
            className={`${BUTTON} mr-auto text-zinc-600 underline`}
            onClick={() => onFinish('skipped')}
          >
            Skip tour
          </button>
          <button
            type="button"
            className={`${BUTTON} text-zinc-700 hover:bg-zinc-100 disabled:opacity-40`}
            disabled={index === 0}
            onClick={back}
          >
            Back
          </button>
          <button
            ref={primary}
            type="button"
            className={`${BUTTON} bg-indigo-600 font-semibold text-white`}
            onClick={next}
          >
            {last ? 'Done' : 'Next'}
          </button>
        </div>
      </div>
    </>
  );
}

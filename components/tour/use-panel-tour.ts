import { useCallback, useState } from 'react';
import { isTourSeen, panelTourStorage, rememberTour } from '../../utils/tour/storage';
import type { TourOutcome } from '../../utils/tour/tour-record';
import { useStored } from '../decide/use-stored';

export interface PanelTourState {
  open: boolean;
  replay(): void;
  finish(outcome: TourOutcome): void;
}

/**
 * Offers the tour once, the first time this panel shows a case (an empty or failing panel has
 * nothing to point at), unless this version was already done or skipped. The outcome is kept.
 */
export function usePanelTour(caseShown: boolean): PanelTourState {
  const record = useStored(panelTourStorage);
  // Decided once per panel, when the first case shows and the record has been read: a case
  // re-read (reading → ready) must not restart the tour, nor a failed write bring it back.
  const [state, setState] = useState<'waiting' | 'open' | 'closed'>('waiting');
  if (state === 'waiting' && caseShown && record !== undefined) {
    setState(isTourSeen(record) ? 'closed' : 'open');
  }
  const replay = useCallback(() => setState('open'), []);
  const finish = useCallback((outcome: TourOutcome) => {
    setState('closed');
    void rememberTour(outcome).catch(() => undefined);
  }, []);
  return { open: state === 'open', replay, finish };
}

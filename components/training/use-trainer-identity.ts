import { useEffect, useState } from 'react';
import type { TrainerAnswers } from '../../utils/training/trainer-messages';
import { sendTrainer } from './send-trainer';

type MeAnswer = TrainerAnswers['me'];

export interface TrainerIdentity {
  /** A token typed for this page only; undefined means the one configured in options. */
  token?: string;
  setToken: (token: string | undefined) => void;
  answer?: MeAnswer;
  /** Gold sets, assignments and calibration are for trainers and admins (the case API agrees). */
  canTrain: boolean;
}

/** Whom the trainer page acts as, asked of the case API through the background. */
export function useTrainerIdentity(): TrainerIdentity {
  const [token, setToken] = useState<string>();
  // Tagged with its token, so a switch shows "checking" until its own answer comes.
  const [checked, setChecked] = useState<{ token?: string; answer: MeAnswer }>();
  useEffect(() => {
    let current = true;
    void sendTrainer(token, { op: 'me' }).then(
      (answer) => current && setChecked({ token, answer }),
    );
    return () => {
      current = false;
    };
  }, [token]);
  const answer = checked && checked.token === token ? checked.answer : undefined;
  const role = answer?.ok ? answer.me.role : undefined;
  return { token, setToken, answer, canTrain: role === 'trainer' || role === 'admin' };
}

import { useEffect, useState } from 'react';
import type { EditorMeAnswer } from '../../utils/guidance/editor-messages';
import { sendRequest } from '../../utils/messaging/send';

export interface EditorIdentity {
  /** A token typed for this page only; undefined means the one configured in options. */
  token?: string;
  setToken: (token: string | undefined) => void;
  answer?: EditorMeAnswer;
  /** Publishing and the panels table are for policy leads and admins (the case API agrees). */
  canPublish: boolean;
}

/** Whom the editor acts as, asked of the case API through the background. */
export function useEditorIdentity(): EditorIdentity {
  const [token, setToken] = useState<string>();
  // Tagged with the token it is for, so a switch shows "checking" until its own answer comes.
  const [checked, setChecked] = useState<{ token?: string; answer: EditorMeAnswer }>();
  useEffect(() => {
    let current = true;
    sendRequest({ type: 'guidance:me', token })
      .catch((error: unknown): EditorMeAnswer => ({
        ok: false,
        problem: 'unreachable',
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((answer) => current && setChecked({ token, answer }));
    return () => {
      current = false;
    };
  }, [token]);
  const answer = checked && checked.token === token ? checked.answer : undefined;
  const role = answer?.ok ? answer.me.role : undefined;
  return { token, setToken, answer, canPublish: role === 'policy-lead' || role === 'admin' };
}

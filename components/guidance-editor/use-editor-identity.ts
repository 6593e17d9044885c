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
  const [answer, setAnswer] = useState<EditorMeAnswer>();
  useEffect(() => {
    let current = true;
    setAnswer(undefined);
    sendRequest({ type: 'guidance:me', token })
      .catch((error: unknown): EditorMeAnswer => ({
        ok: false,
        problem: 'unreachable',
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((next) => current && setAnswer(next));
    return () => {
      current = false;
    };
  }, [token]);
  const role = answer?.ok ? answer.me.role : undefined;
  return { token, setToken, answer, canPublish: role === 'policy-lead' || role === 'admin' };
}

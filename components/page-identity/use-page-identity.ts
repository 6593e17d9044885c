import { useEffect, useState } from 'react';
import type { Me, Role } from '../../utils/case-api/schema';
import type { EditorFailure } from '../../utils/guidance/editor-messages';
import { unreachableFailure } from '../../utils/guidance/editor-messages';

export type MeAnswer = { ok: true; me: Me; baseUrl: string } | EditorFailure;

export interface PageIdentity {
  /** A token typed for this page only; undefined means the one configured in options. */
  token?: string;
  setToken: (token: string | undefined) => void;
  answer?: MeAnswer;
  /** The token's role may do what this page is for (the case API checks it too). */
  allowed: boolean;
}

/**
 * Whom a lead's or trainer's page acts as, asked of the case API through the background.
 * `ask` must be stable (a module-level function): it is asked again whenever the token changes.
 */
export function usePageIdentity(
  ask: (token: string | undefined) => Promise<MeAnswer>,
  roles: readonly Role[],
): PageIdentity {
  const [token, setToken] = useState<string>();
  // Tagged with the token it is for, so a switch shows "checking" until its own answer comes.
  const [checked, setChecked] = useState<{ token?: string; answer: MeAnswer }>();
  useEffect(() => {
    let current = true;
    ask(token)
      .catch((error: unknown): MeAnswer => unreachableFailure(error))
      .then((answer) => current && setChecked({ token, answer }));
    return () => {
      current = false;
    };
  }, [ask, token]);
  const answer = checked && checked.token === token ? checked.answer : undefined;
  return {
    token,
    setToken,
    answer,
    allowed: answer?.ok === true && roles.includes(answer.me.role),
  };
}

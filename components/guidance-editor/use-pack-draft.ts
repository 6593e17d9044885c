import { useCallback, useEffect, useMemo, useState } from 'react';
import { canonicalJson } from '../../utils/guidance/canonical';
import type { EditorLoadAnswer } from '../../utils/guidance/editor-messages';
import type { GuidancePack } from '../../utils/guidance/schema';
import { validatePack, type ValidationResult } from '../../utils/guidance/validate';
import { sendRequest } from '../../utils/messaging/send';

/** After typing stops: recheck can take a moment on a new regular expression. */
const VALIDATE_AFTER_MS = 250;

export interface PackDraft {
  /** The answer to the last load: the published version the draft started from, or why not. */
  loaded?: EditorLoadAnswer;
  draft?: GuidancePack;
  setDraft: (next: GuidancePack) => void;
  /** Validation of the draft as it is now, or undefined while it is being checked. */
  validation?: ValidationResult;
  dirty: boolean;
  /** Loads the latest published version, replacing the draft. */
  reload: () => Promise<void>;
}

const latest = (token: string | undefined) =>
  sendRequest({ type: 'guidance:load', token }).catch((error: unknown): EditorLoadAnswer => ({
    ok: false,
    problem: 'unreachable',
    message: error instanceof Error ? error.message : String(error),
  }));

/**
 * The pack being edited: loaded from the case API's latest version, edited in memory, and
 * validated with the same `validatePack` the case API runs on publish.
 */
export function usePackDraft(token: string | undefined): PackDraft {
  const [loaded, setLoaded] = useState<EditorLoadAnswer>();
  const [draft, setDraft] = useState<GuidancePack>();
  const [checked, setChecked] = useState<{ of: GuidancePack; result: ValidationResult }>();

  const apply = useCallback((answer: EditorLoadAnswer) => {
    setLoaded(answer);
    if (answer.ok) setDraft(answer.pack);
  }, []);
  const reload = useCallback(() => latest(token).then(apply), [token, apply]);

  const base = loaded?.ok ? loaded.pack : undefined;
  useEffect(() => {
    // A new token may succeed where the last one failed; once loaded, edits are never dropped.
    if (base) return;
    let current = true;
    void latest(token).then((answer) => current && apply(answer));
    return () => {
      current = false;
    };
  }, [token, base, apply]);

  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(
      () => setChecked({ of: draft, result: validatePack(draft) }),
      VALIDATE_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [draft]);

  const dirty = useMemo(
    () => !!draft && !!base && canonicalJson(draft) !== canonicalJson(base),
    [draft, base],
  );
  return {
    loaded,
    draft,
    setDraft,
    validation: checked && checked.of === draft ? checked.result : undefined,
    dirty,
    reload,
  };
}

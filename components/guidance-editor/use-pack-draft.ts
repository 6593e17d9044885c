import { useCallback, useEffect, useMemo, useState } from 'react';
import { canonicalJson } from '../../utils/guidance/canonical';
import {
  draftOnLoad,
  editorDraftStorage,
  type StoredDraft,
} from '../../utils/guidance/editor-draft';
import type { EditorLoadAnswer } from '../../utils/guidance/editor-messages';
import { unreachableFailure } from '../../utils/guidance/editor-messages';
import type { GuidancePack } from '../../utils/guidance/schema';
import { validatePack, type ValidationResult } from '../../utils/guidance/validate';
import { sendRequest } from '../../utils/messaging/send';

/** After typing stops, so a pack is not re-validated on every key. */
const VALIDATE_AFTER_MS = 250;
/** Edits are kept in this browser shortly after typing stops. */
const SAVE_AFTER_MS = 400;

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
  /** A kept draft: restored (made on this version) or offered (made on an older one). */
  kept?: { state: 'restored' | 'stale'; baseVersion: number; savedAt: string };
  /** Puts a stale kept draft in place of the loaded version (the lead chose to). */
  restoreKept: () => void;
  /** Drops the kept draft and any edits: back to the published version. */
  discard: () => void;
}

const latest = (token: string | undefined) =>
  sendRequest({ type: 'guidance:load', token }).catch((error: unknown): EditorLoadAnswer =>
    unreachableFailure(error),
  );

/**
 * The pack being edited: loaded from the case API's latest version, edited in memory, and
 * validated with the same `validatePack` the case API runs on publish.
 */
export function usePackDraft(token: string | undefined): PackDraft {
  const [loaded, setLoaded] = useState<EditorLoadAnswer>();
  const [draft, setDraft] = useState<GuidancePack>();
  const [checked, setChecked] = useState<{ of: GuidancePack; result: ValidationResult }>();

  const [kept, setKept] = useState<{ stored: StoredDraft; state: 'restored' | 'stale' }>();

  const apply = useCallback(async (answer: EditorLoadAnswer) => {
    const stored = answer.ok ? await editorDraftStorage.getValue() : null;
    setLoaded(answer);
    if (!answer.ok) return;
    const choice = draftOnLoad(stored, answer.pack);
    if (choice === 'none' && stored) void editorDraftStorage.setValue(null);
    if (choice === 'restore' && stored) {
      setDraft(stored.pack);
      setKept({ stored, state: 'restored' });
    } else {
      setDraft(answer.pack);
      setKept(choice === 'offer-stale' && stored ? { stored, state: 'stale' } : undefined);
    }
  }, []);
  const reload = useCallback(() => latest(token).then(apply), [token, apply]);

  const base = loaded?.ok ? loaded.pack : undefined;
  useEffect(() => {
    // A new token may succeed where the last one failed; once loaded, edits are never dropped.
    if (base) return;
    let current = true;
    void latest(token).then((answer) => (current ? apply(answer) : undefined));
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

  // Kept while it differs from what is published; a stale draft on offer is not overwritten
  // until the lead restores or discards it.
  const version = loaded?.ok ? loaded.summary.version : undefined;
  const offering = kept?.state === 'stale';
  useEffect(() => {
    if (!draft || version === undefined || offering) return;
    const timer = setTimeout(() => {
      void editorDraftStorage.setValue(
        dirty ? { baseVersion: version, pack: draft, savedAt: new Date().toISOString() } : null,
      );
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty, version, offering]);

  const restoreKept = useCallback(() => {
    if (!kept) return;
    setDraft(kept.stored.pack);
    setKept({ ...kept, state: 'restored' });
  }, [kept]);
  const discard = useCallback(() => {
    void editorDraftStorage.setValue(null);
    setKept(undefined);
    if (base) setDraft(base);
  }, [base]);
  return {
    loaded,
    draft,
    setDraft,
    validation: checked && checked.of === draft ? checked.result : undefined,
    dirty,
    reload,
    kept: kept && {
      state: kept.state,
      baseVersion: kept.stored.baseVersion,
      savedAt: kept.stored.savedAt,
    },
    restoreKept,
    discard,
  };
}

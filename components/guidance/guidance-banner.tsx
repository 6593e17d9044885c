import { useEffect, useId, useState } from 'react';
import { guidanceSyncStorage, guidanceUpdateStorage } from '../../utils/guidance/sync-store';
import { sendRequest } from '../../utils/messaging/send';
import { useStored } from '../decide/use-stored';
import { GuidanceDiff } from './guidance-diff';

/**
 * A check this recent (by any panel, or the alarm) is enough when a panel opens: moving through
 * cases opens a panel per case, and each must not cost the case API a request.
 */
const RECENT_ENOUGH_MS = 15_000;

/**
 * The panel's guidance line: "Guidance updated: v12 → v13" with what changed, until dismissed;
 * and, when the last check refused an offer or could not reach the case API, what and why.
 * Mounting it asks the background to check unless it did in the last 15 s, so opening a panel
 * is never a minute behind.
 */
export function GuidanceBanner() {
  const update = useStored(guidanceUpdateStorage);
  const sync = useStored(guidanceSyncStorage);
  const [open, setOpen] = useState(false);
  const diffId = useId();

  useEffect(() => {
    // The outcome arrives through storage; a failed request only means the next tick will do.
    sendRequest({ type: 'guidance:sync-now', maxAgeMs: RECENT_ENOUGH_MS }).catch(() => undefined);
  }, []);

  const dismiss = () => {
    if (update) void guidanceUpdateStorage.setValue({ ...update, dismissed: true });
  };
  const refusal = sync?.state === 'refused' ? sync.refusal : undefined;
  const trouble = sync && sync.state !== 'ok' && sync.state !== 'refused' ? sync : undefined;

  return (
    <>
      {update && !update.dismissed && (
        <div
          role="status"
          data-testid="guidance-updated"
          className="rounded border border-sky-200 bg-sky-50 p-2 text-xs text-sky-950"
        >
          <div className="flex items-center gap-2">
            <p className="flex-1 font-medium">
              Guidance updated: v{update.from} → v{update.to}
            </p>
            <button
              type="button"
              className="underline"
              aria-expanded={open}
              aria-controls={diffId}
              onClick={() => setOpen(!open)}
            >
              {open ? 'Hide changes' : 'What changed'}
            </button>
            <button
              type="button"
              aria-label="Dismiss guidance update"
              className="px-1"
              onClick={dismiss}
            >
              ×
            </button>
          </div>
          <div id={diffId} hidden={!open}>
            {open && <GuidanceDiff changes={update.changes} moreChanges={update.moreChanges} />}
          </div>
        </div>
      )}
      {refusal && (
        <p
          role="alert"
          data-testid="guidance-refused"
          className="rounded bg-amber-50 p-2 text-xs text-amber-950"
        >
          Guidance update
          {refusal.offeredVersion !== undefined
            ? ` to v${refusal.offeredVersion}`
            : ''} refused: {refusal.message} (still using v{sync?.version})
        </p>
      )}
      {trouble && (
        <p data-testid="guidance-unchecked" className="text-xs text-zinc-500">
          Guidance not checked: {trouble.message} (using v{trouble.version})
        </p>
      )}
    </>
  );
}

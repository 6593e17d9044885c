/** The lead's explicit yes before a test decision is written into the console for real. */
export function ConfirmSend(props: {
  origin: string;
  caseId: string;
  actionLabel: string;
  onSend: () => void;
  onCancel: () => void;
}) {
  return (
    <div
      role="alertdialog"
      aria-label="Send once for real"
      className="rounded border border-amber-400 p-2"
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <p>
        This writes into {props.origin} on case {props.caseId} for real, as a live decision “
        {props.actionLabel}”.
      </p>
      <div className="mt-1 flex gap-2">
        <button
          type="button"
          autoFocus
          className="rounded bg-amber-600 px-2 py-1 text-white"
          onClick={props.onSend}
        >
          Send it
        </button>
        <button
          type="button"
          className="rounded border border-zinc-300 px-2 py-1"
          onClick={props.onCancel}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

import { useRef, useState } from 'react';
import type { Writer } from '../../utils/case/writer/schema';
import type {
  WriterPreviewAnswer,
  WriterTest as TestInput,
  WriterTestAnswer,
} from '../../utils/case/writer/writer-messages';
import { DEFAULT_GUIDANCE_PACK } from '../../utils/guidance/default-pack';
import { installedPackStorage } from '../../utils/guidance/installed';
import { sendRequest } from '../../utils/messaging/send';
import { useStored } from '../decide/use-stored';
import { ConfirmSend } from './confirm-send';
import { RequestPreview } from './request-preview';
import { TestFields, type TestFieldValues } from './test-fields';
import { TestOutcome } from './test-outcome';

const button = 'rounded border border-zinc-300 px-2 py-1 text-sm disabled:opacity-50';
const failed = (error: unknown) => ({ ok: false as const, message: String(error) });

/**
 * Tries a writer on a real ticket with a made-up live decision: Preview shows the exact
 * requests; Send once, after the lead confirms, has the background send them for real.
 */
export function WriterTest(props: { id: string; writer: Writer }) {
  const { writer } = props;
  // The background falls back to the same pack before one is installed.
  const pack = useStored(installedPackStorage) ?? DEFAULT_GUIDANCE_PACK;
  const [fields, setFields] = useState<Omit<TestFieldValues, 'action'> & { action?: string }>({
    console: writer.consoles[0]!,
    caseId: '',
    policyId: '',
    note: 'Test of this writer from the Caselight Writers page.',
  });
  // Chosen here, so the marker the preview shows is the one a send writes.
  const [decisionId, setDecisionId] = useState(() => crypto.randomUUID());
  const [preview, setPreview] = useState<WriterPreviewAnswer>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const sendButton = useRef<HTMLButtonElement>(null);
  const [sent, setSent] = useState<WriterTestAnswer>();
  const values = { ...fields, action: fields.action ?? pack.actions[0]!.id };
  const test: TestInput = {
    decisionId,
    console: values.console,
    caseId: values.caseId.trim(),
    action: values.action,
    policyIds: values.policyId ? [values.policyId] : [],
    note: values.note.trim() || undefined,
  };

  const showPreview = () => {
    setBusy(true);
    void sendRequest({ type: 'writers:preview', writerId: writer.id, test })
      .then(setPreview, (error: unknown) => setPreview(failed(error)))
      .finally(() => setBusy(false));
  };
  const sendOnce = () => {
    setBusy(true);
    setConfirming(false);
    void sendRequest({ type: 'writers:test-send', writerId: writer.id, test, confirmed: true })
      .then(setSent, (error: unknown) => setSent(failed(error)))
      .finally(() => {
        setBusy(false);
        setPreview(undefined);
        // The next send is another decision, with its own marker.
        setDecisionId(crypto.randomUUID());
      });
  };

  return (
    <section
      id={props.id}
      aria-label={`Test ${writer.name}`}
      className="mt-2 space-y-2 rounded bg-zinc-50 p-2 text-sm"
    >
      <TestFields
        writer={writer}
        pack={pack}
        value={values}
        onChange={(next) => {
          // What was previewed or about to be confirmed no longer matches.
          setFields(next);
          setPreview(undefined);
          setConfirming(false);
        }}
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          disabled={busy || !test.caseId}
          onClick={showPreview}
        >
          Preview
        </button>
        <button
          type="button"
          className={button}
          disabled={busy || !test.caseId}
          ref={sendButton}
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          Send once…
        </button>
      </div>
      {confirming && (
        <ConfirmSend
          origin={new URL(writer.baseUrl).origin}
          caseId={test.caseId}
          actionLabel={pack.actions.find((a) => a.id === test.action)?.label ?? test.action}
          onSend={sendOnce}
          onCancel={() => {
            setConfirming(false);
            sendButton.current?.focus();
          }}
        />
      )}
      {busy && <p role="status">Working…</p>}
      {sent && <TestOutcome answer={sent} />}
      {preview &&
        (preview.ok ? (
          <RequestPreview {...preview} />
        ) : (
          <p role="alert" className="text-red-700">
            {preview.message}
          </p>
        ))}
    </section>
  );
}

import { useId, useState } from 'react';
import type { WriterEntry } from '../../utils/case/writer/writer-messages';
import { sendRequest } from '../../utils/messaging/send';
import { downloadText } from '../adapters/download';
import { authText, credentialText, triedText } from './describe-writer';
import { WriterCredentials } from './writer-credentials';
import { WriterTest } from './writer-test';
import { exportWriter } from './writers-file';

const button = 'rounded border border-zinc-300 px-2 py-0.5 text-xs';

/** One writer: what it writes for and where, its credentials, and the way to test or change it. */
export function WriterRow(props: {
  entry: WriterEntry;
  onEdit: () => void;
  onChanged: () => void;
}) {
  const { writer, credential } = props.entry;
  const id = useId();
  const [open, setOpen] = useState<'credentials' | 'test'>();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState('');
  const toggle = (part: 'credentials' | 'test') => setOpen(open === part ? undefined : part);
  const missing = credential.kind === 'missing' || credential.kind === 'other-origin';

  return (
    <li className="rounded border border-zinc-200 p-3" data-testid={`writer-${writer.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <strong>{writer.name}</strong>
        <code className="mr-auto text-xs text-zinc-500">{writer.id}</code>
        {(['credentials', 'test'] as const).map((part) => (
          <button
            key={part}
            type="button"
            className={button}
            aria-label={`${part === 'credentials' ? 'Credentials' : 'Test'} of ${writer.name}`}
            aria-expanded={open === part}
            aria-controls={open === part ? `${id}-${part}` : undefined}
            onClick={() => toggle(part)}
          >
            {part === 'credentials' ? 'Credentials' : 'Test'}
          </button>
        ))}
        <button
          type="button"
          className={button}
          aria-label={`Edit ${writer.name}`}
          onClick={props.onEdit}
        >
          Edit
        </button>
        <button
          type="button"
          className={button}
          aria-label={`Export ${writer.name}`}
          onClick={() => downloadText(`${writer.id}.caselight-writer.json`, exportWriter(writer))}
        >
          Export
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className={`${button} border-red-400 text-red-700`}
              onClick={() =>
                void sendRequest({ type: 'writers:remove', id: writer.id }).then(
                  props.onChanged,
                  (error: unknown) => setFailure(`Not removed: ${String(error)}`),
                )
              }
            >
              Remove {writer.name} and its credentials
            </button>
            <button
              type="button"
              className={button}
              aria-label={`Keep ${writer.name}`}
              // Focus lands on the harmless choice, so Enter does not remove by accident.
              autoFocus
              onClick={() => setConfirming(false)}
            >
              Keep
            </button>
          </>
        ) : (
          <button
            type="button"
            className={button}
            aria-label={`Remove ${writer.name}`}
            onClick={() => setConfirming(true)}
          >
            Remove
          </button>
        )}
      </div>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-xs text-zinc-700">
        <dt>Writes for</dt>
        <dd>{writer.consoles.join(', ')}</dd>
        <dt>Address</dt>
        <dd className="break-all">{writer.baseUrl}</dd>
        <dt>Sign-in</dt>
        <dd>{authText(writer.auth)}</dd>
        <dt>Credentials</dt>
        <dd className={missing ? 'text-red-700' : undefined} data-testid="writer-credential">
          {credentialText(credential, writer)}
        </dd>
      </dl>
      {failure && (
        <p role="alert" className="text-sm text-red-700">
          {failure}
        </p>
      )}
      <p
        className={`text-xs ${writer.testedAgainst ? 'text-emerald-700' : 'text-amber-700'}`}
        data-testid="writer-tried"
      >
        {triedText(writer)}
      </p>
      {open === 'credentials' && (
        <WriterCredentials id={`${id}-credentials`} entry={props.entry} onSaved={props.onChanged} />
      )}
      {open === 'test' && <WriterTest id={`${id}-test`} writer={writer} />}
    </li>
  );
}

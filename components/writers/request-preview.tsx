import type { PreviewRequest } from '../../utils/case/writer/writer-messages';

const WHEN: Record<PreviewRequest['when'], string> = {
  send: '',
  skipped: 'skipped: its skipUnless is empty for this decision',
  confirm: 'after writing, looked up to confirm',
};

/** The requests a writer would send, one after the other, as they go on the wire. */
export function RequestPreview(props: {
  requests: PreviewRequest[];
  note: string;
  marker: string;
}) {
  if (!props.requests.length) return <p className="text-sm">This writer sends nothing for it.</p>;
  return (
    <div className="space-y-2" data-testid="writer-preview">
      <p className="text-xs text-zinc-600">
        Credentials are masked. A value in brackets, such as <code>(statuses.id)</code>, is read
        from an earlier answer when it is sent. The note ends with the marker{' '}
        <code>{props.marker}</code>, by which Caselight finds it again.
      </p>
      {props.note && (
        <figure>
          <figcaption className="text-xs text-zinc-600">
            The note, as the console gets it
          </figcaption>
          <pre className="rounded border border-zinc-200 bg-white p-1 text-xs whitespace-pre-wrap">
            {props.note}
          </pre>
        </figure>
      )}
      <ol className="space-y-2">
        {props.requests.map((request, index) => (
          <li
            key={`${request.when}-${request.name}-${index}`}
            className={`rounded border border-zinc-200 p-2 ${request.when === 'skipped' ? 'opacity-60' : ''}`}
          >
            <p className="font-mono text-xs break-all">
              <strong>{request.method}</strong> {request.url}
            </p>
            <p className="text-xs text-zinc-600">
              {request.name}
              {WHEN[request.when] && ` · ${WHEN[request.when]}`}
            </p>
            <pre className="mt-1 overflow-x-auto text-xs text-zinc-700">
              {Object.entries(request.headers)
                .map(([name, value]) => `${name}: ${value}`)
                .join('\n')}
            </pre>
            {request.body !== undefined && (
              <pre className="mt-1 overflow-x-auto rounded bg-zinc-50 p-1 text-xs whitespace-pre-wrap">
                {request.body}
              </pre>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

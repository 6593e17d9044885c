import type { CheckFinding, ModelStatus } from '../../utils/status/schema';

const PROVIDER = {
  openai: 'OpenAI',
  'openai-compatible': 'an OpenAI-compatible server',
  'stand-in': 'the OpenAI stand-in',
};

function FindingLine({ finding, tone }: { finding: CheckFinding; tone: 'problem' | 'warning' }) {
  return (
    <li
      data-testid="check-finding"
      data-kind={finding.kind}
      className={tone === 'problem' ? 'text-red-800' : 'text-amber-800'}
    >
      <span className="font-medium">{finding.message}</span> {finding.whatToDo}
    </li>
  );
}

/** The model connection check as lines of "what failed · what to do", or what works. */
export function ModelCheckReport({ status }: { status?: ModelStatus }) {
  return (
    <div data-testid="model-status" className="space-y-1 text-xs text-zinc-700">
      <p className="font-medium">Models</p>
      {!status ? (
        <p>checking…</p>
      ) : status.state === 'ok' ? (
        <>
          <p data-testid="check-ok" className="text-emerald-800">
            Connected to {PROVIDER[status.provider]} at {status.baseUrl}
            {status.confirmed?.length ? `; found ${status.confirmed.join(' and ')}` : ''}.
          </p>
          {!!status.warnings?.length && (
            <ul className="list-disc space-y-0.5 pl-4">
              {status.warnings.map((w) => (
                <FindingLine key={w.kind + w.message} finding={w} tone="warning" />
              ))}
            </ul>
          )}
        </>
      ) : (
        <ul className="list-disc pl-4">
          <FindingLine
            finding={{
              kind: status.kind ?? 'unknown',
              message: status.message,
              whatToDo: status.whatToDo ?? '',
            }}
            tone="problem"
          />
        </ul>
      )}
    </div>
  );
}

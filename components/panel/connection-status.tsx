import type { ApiStatus, ModelStatus } from '../../utils/status/schema';

const DOT = { ok: 'bg-emerald-500', problem: 'bg-red-500', pending: 'bg-zinc-300' };

function Line(props: { testId: string; label: string; ok?: boolean; children: React.ReactNode }) {
  const dot = props.ok === undefined ? DOT.pending : props.ok ? DOT.ok : DOT.problem;
  return (
    <p data-testid={props.testId} className="flex items-start gap-2 text-xs text-zinc-700">
      <span aria-hidden className={`mt-1 h-2 w-2 shrink-0 rounded-full ${dot}`} />
      <span>
        <span className="font-medium">{props.label}: </span>
        {props.children}
      </span>
    </p>
  );
}

export function ApiStatusLine({ status }: { status?: ApiStatus }) {
  return (
    <Line testId="api-status" label="Case API" ok={status && status.state === 'ok'}>
      {!status
        ? 'checking…'
        : status.state === 'ok'
          ? `connected as ${status.me.name} (${status.me.role})`
          : status.state === 'unreachable'
            ? `unreachable. ${status.message} Decisions cannot be logged until it answers.`
            : status.message}
    </Line>
  );
}

const PROVIDER_NAMES = {
  openai: 'OpenAI',
  'openai-compatible': 'OpenAI-compatible server',
  'stand-in': 'OpenAI stand-in',
};

export function ModelStatusLine({ status }: { status?: ModelStatus }) {
  return (
    <Line testId="model-status" label="Models" ok={status && status.state === 'ok'}>
      {!status
        ? 'checking…'
        : status.state === 'ok'
          ? `${PROVIDER_NAMES[status.provider]} at ${status.baseUrl}`
          : status.message}
    </Line>
  );
}

/** Said plainly and up top: demo scores are simulated, not a real model's judgement. */
export function StandInNotice({ status }: { status?: ModelStatus }) {
  if (status?.state !== 'ok' || status.provider !== 'stand-in') return null;
  return (
    <p
      data-testid="stand-in-notice"
      role="note"
      className="rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900"
    >
      <strong>Demo mode:</strong> model scores come from the OpenAI stand-in, not from OpenAI. They
      are simulated from simple keyword cues and mean nothing about this case.
    </p>
  );
}

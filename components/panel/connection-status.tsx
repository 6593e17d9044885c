import { browser } from 'wxt/browser';
import { sendRequest } from '../../utils/messaging/send';
import type { ApiStatus, ConnectionProblem, ModelStatus } from '../../utils/status/schema';

/** Firefox's docked panel lacks `runtime.openOptionsPage` (see utils/session-view/keys.ts). */
function openOptions() {
  if (typeof browser.runtime.openOptionsPage === 'function') {
    void browser.runtime.openOptionsPage();
  } else void sendRequest({ type: 'options:open' }).catch(() => undefined);
}

const DOT = { ok: 'bg-emerald-500', problem: 'bg-red-500', pending: 'bg-zinc-300' };

/** What a reviewer can do about a case API problem (the message says what happened). */
const API_WHAT_TO_DO: Record<ConnectionProblem['state'], string> = {
  'not-configured':
    'Set the case API address in Caselight options and allow Caselight to reach it.',
  unauthorized:
    'Paste a valid sign-in token in Caselight options; your team lead or admin issues them.',
  unreachable:
    'Decisions you make meanwhile wait in the outbox and are sent when it answers. If it stays down, check the address in options (and your VPN), then tell your admin.',
  'bad-response':
    'Check that the address in options points at your team’s case API, or tell your admin.',
};

/** Model problems the connection check could not tell apart further. */
const MODEL_WHAT_TO_DO: Record<ConnectionProblem['state'], string> = {
  'not-configured': 'Add a model API key or proxy token in Caselight options.',
  unauthorized: 'Replace the key or token in Caselight options.',
  unreachable: 'Check the model base URL in options; cases are still read and can be decided.',
  'bad-response': 'Check the model base URL and model names in options.',
};

function Line(props: {
  testId: string;
  label: string;
  ok?: boolean;
  children: React.ReactNode;
  whatToDo?: string;
  /** Not on the options page itself. */
  offerOptions?: boolean;
}) {
  const dot = props.ok === undefined ? DOT.pending : props.ok ? DOT.ok : DOT.problem;
  return (
    <div data-testid={props.testId} className="flex items-start gap-2 text-xs text-zinc-700">
      <span aria-hidden className={`mt-1 h-2 w-2 shrink-0 rounded-full ${dot}`} />
      <div className="space-y-0.5">
        <p>
          <span className="font-medium">{props.label}: </span>
          {props.children}
        </p>
        {props.whatToDo && (
          <p data-testid="what-to-do" className="text-zinc-600">
            {props.whatToDo}
            {props.offerOptions !== false && (
              <>
                {' '}
                <button type="button" onClick={openOptions} className="text-indigo-700 underline">
                  Open options
                </button>
              </>
            )}
          </p>
        )}
      </div>
    </div>
  );
}

export function ApiStatusLine(props: { status?: ApiStatus; offerOptions?: boolean }) {
  const { status } = props;
  const problem = status && status.state !== 'ok' ? status : undefined;
  return (
    <Line
      testId="api-status"
      label="Case API"
      ok={status && status.state === 'ok'}
      whatToDo={problem && API_WHAT_TO_DO[problem.state]}
      offerOptions={props.offerOptions}
    >
      {!status
        ? 'checking…'
        : status.state === 'ok'
          ? `connected as ${status.me.name} (${status.me.role})`
          : status.state === 'unreachable'
            ? `unreachable. ${status.message}`
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
  // Scoring works, but something else does not (say, the policy model is missing): one line.
  const warning = status?.state === 'ok' ? status.warnings?.[0] : undefined;
  const problem = status && status.state !== 'ok' ? status : undefined;
  return (
    <Line
      testId="model-status"
      label="Models"
      ok={status && status.state === 'ok'}
      whatToDo={
        problem
          ? (problem.whatToDo ?? MODEL_WHAT_TO_DO[problem.state])
          : warning && `${warning.message} ${warning.whatToDo}`
      }
    >
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

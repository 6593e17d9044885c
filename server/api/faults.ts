import { setTimeout as sleep } from 'node:timers/promises';
import { Hono, type MiddlewareHandler } from 'hono';
import type { DesignSwitch } from '../classic/design';
import type { ApiEnv } from './auth';
import {
  faultConfigSchema,
  faultStateSchema,
  type FaultConfig,
  type FaultState,
} from './fault-schema';
import { readJsonBody, summariseIssues } from './read-json';
import { sendError, sendJson } from './respond';

type Fault = keyof FaultState['injected'];
// What `random` draws from: the transient faults an outbox must ride out.
const FAULTS: readonly Fault[] = ['error-500', 'rate-limit-429', 'slow'];

function initialState(config: FaultConfig, design: DesignSwitch): FaultState {
  return {
    mode: config.mode ?? 'none',
    retryAfterSeconds: config.retryAfterSeconds ?? 1,
    slowMs: config.slowMs ?? 1500,
    probability: config.probability ?? 0.5,
    injected: { 'error-500': 0, 'rate-limit-429': 0, slow: 0, 'refuse-422': 0 },
    classicDesign: config.classicDesign ?? design.initial,
  };
}

/** Which fault this request gets; in `random` mode each request is drawn independently. */
function draw(state: FaultState, random: () => number): Fault | undefined {
  if (state.mode === 'none') return undefined;
  if (state.mode !== 'random') return state.mode;
  if (random() >= state.probability) return undefined;
  return FAULTS[Math.floor(random() * FAULTS.length)] ?? 'slow';
}

/**
 * Fault injection for decision POSTs: a middleware that runs before any processing (so a
 * faulted request records nothing; a slow one is delayed, then processed normally) and the
 * control routes that set the mode. One instance per server, so parallel test servers do
 * not share faults. The same control switches the classic console's design (`design`).
 */
export function createFaults(design: DesignSwitch, random: () => number = Math.random) {
  let state = initialState({ classicDesign: design.current }, design);

  const inject: MiddlewareHandler<ApiEnv> = async (c, next) => {
    const fault = draw(state, random);
    if (fault !== undefined) state.injected[fault] += 1;
    if (fault === 'error-500') {
      return sendError(c, 500, 'injected_fault', 'Injected fault: internal server error.');
    }
    if (fault === 'rate-limit-429') {
      c.header('Retry-After', String(state.retryAfterSeconds));
      return sendError(c, 429, 'rate_limited', 'Injected fault: too many requests.');
    }
    if (fault === 'refuse-422') {
      return sendError(c, 422, 'injected_refusal', 'Injected fault: the decision is refused.');
    }
    if (fault === 'slow') await sleep(state.slowMs);
    await next();
    return undefined;
  };

  const control = new Hono<ApiEnv>();
  control.get('/', (c) => sendJson(c, faultStateSchema, state));
  control.post('/', async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const config = faultConfigSchema.safeParse(body.value);
    if (!config.success) return sendError(c, 422, 'invalid_faults', summariseIssues(config.error));
    state = initialState(config.data, design);
    design.current = state.classicDesign;
    return sendJson(c, faultStateSchema, state);
  });

  return { inject, control };
}

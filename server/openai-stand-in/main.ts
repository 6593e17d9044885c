import { parseArgs } from 'node:util';
import { startOpenAIStandIn } from './index';

/**
 * CLI: `tsx server/openai-stand-in/main.ts --port 4318 [--host 127.0.0.1] [--api-key KEY]
 * [--latency-ms 0]`. Prints the base URL (with /v1) so scripts can point OPENAI_BASE_URL at it.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4318' },
    host: { type: 'string', default: '127.0.0.1' },
    'api-key': { type: 'string' },
    'latency-ms': { type: 'string', default: '0' },
  },
});

const port = Number(values.port);
const latencyMs = Number(values['latency-ms']);
if (!Number.isInteger(port) || port < 0 || !Number.isFinite(latencyMs)) {
  console.error('usage: main.ts --port <n> [--host <h>] [--api-key <key>] [--latency-ms <n>]');
  process.exit(2);
}

const standIn = await startOpenAIStandIn({
  port,
  host: values.host,
  apiKey: values['api-key'],
  latencyMs,
});
console.log(`OpenAI stand-in listening on ${standIn.url} (models owned_by "caselight-stand-in")`);
console.log('control: POST /_stand-in/faults, POST /_stand-in/latency, GET /_stand-in/requests');

const shutdown = (): void => {
  void standIn.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

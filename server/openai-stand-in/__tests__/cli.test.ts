import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

describe('main.ts CLI', () => {
  it('starts on the given port, prints its /v1 URL and stops on SIGTERM', async () => {
    const child = spawn(tsx, ['server/openai-stand-in/main.ts', '--port', '0'], { cwd: root });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /(http:\/\/\S+\/v1)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited early (${code}): ${output}`)));
      });
      const client = new OpenAI({ apiKey: 'test', baseURL: url, maxRetries: 0 });
      const res = await client.moderations.create({ input: 'hello' });
      expect(res.results).toHaveLength(1);
    } finally {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  }, 20_000);
});

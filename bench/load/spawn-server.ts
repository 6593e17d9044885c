import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** Everything printed so far (stdout and stderr), for failure messages and restart notes. */
  output(): string;
  /** SIGTERM (graceful), then waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * `npm run server`'s command as a real process (the whole start path, cluster included), on
 * a free port; resolves once it printed its banner, which the primary does only when every
 * worker listens.
 */
export async function spawnServer(args: readonly string[]): Promise<SpawnedServer> {
  const child = spawn(tsx, ['server/main.ts', '--port', '0', ...args], { cwd: root });
  let output = '';
  const append = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = once(child, 'exit');
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      // The banner's last line is the access block, printed after the URL lines.
      const found = /Case API:\s+(http:\/\/\S+)\/api/.exec(output)?.[1];
      if (found && /Instances:/.test(output)) resolve(found);
    };
    child.stdout.on('data', look);
    void exited.then(() => reject(new Error(`server exited early:\n${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

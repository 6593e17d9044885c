import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { createSite, ensureRedmine, REDMINE_ROOT, type Site } from './site';
import { seedSite, type Seed } from './template';

export interface StartedRedmine {
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  url: string;
  port: number;
  /** Admin's REST API key (header `X-Redmine-API-Key`); `seed.reviewerApiKey` is the reviewer's. */
  apiKey: string;
  /** Logins (admin, mlopez, tkim, asingh) share `seed.password`; ids of all seeded records. */
  seed: Seed;
  site: Site;
  /** Seconds spent: building the template (0 when cached) and the last server boot. */
  timings: { templateSeconds: number; bootSeconds: number };
  running(): boolean;
  /** Stops the server; the database and port stay for `start()` (the fault test's outage). */
  stop(): Promise<void>;
  /** Starts the same instance again: same port, same database, same keys. */
  start(): Promise<void>;
  /** Stops it and deletes the site with its database. */
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tail(path: string): string {
  try {
    return readFileSync(path, 'utf8').slice(-2000);
  } catch {
    return '(no output)';
  }
}

/** Boots WEBrick for the site and resolves once a page answers. */
async function boot(site: Site, port: number): Promise<ChildProcess> {
  rmSync(site.pidFile, { force: true }); // a killed server leaves it, and Rails then refuses to start
  const out = openSync(site.serverLog, 'a');
  const cmd = site.rails(['server', '-u', 'webrick', '-b', '127.0.0.1', '-p', String(port)]);
  const child = spawn(cmd.command, [...cmd.args, '--pid', site.pidFile], {
    cwd: REDMINE_ROOT,
    env: cmd.env,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const deadline = Date.now() + 120_000; // ~5 s idle; a loaded 2-core CI box took 13
  while (child.exitCode === null && child.signalCode === null) {
    const answer = await fetch(`http://127.0.0.1:${port}/login`).catch(() => undefined);
    if (answer?.ok) return child;
    if (Date.now() > deadline) break;
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`Redmine did not start on port ${port}:\n${tail(site.serverLog)}`);
}

async function halt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}

/** A throwaway Redmine 5 with its own database, seeded with Trust & Safety reports (seed.rb). */
export async function startRedmine(options: { port?: number } = {}): Promise<StartedRedmine> {
  ensureRedmine();
  const site = createSite();
  let started = Date.now();
  const { seed, built } = await seedSite(site);
  const templateSeconds = built ? (Date.now() - started) / 1000 : 0;
  const port = options.port ?? (await freePort());
  let child: ChildProcess | undefined;
  // A test process that dies must not leave Redmine holding the port.
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);
  const redmine: StartedRedmine = {
    url: `http://127.0.0.1:${port}`,
    port,
    apiKey: seed.apiKey,
    seed,
    site,
    timings: { templateSeconds, bootSeconds: 0 },
    running: () => !!child && child.exitCode === null && child.signalCode === null,
    async start() {
      if (redmine.running()) return;
      started = Date.now();
      child = await boot(site, port);
      redmine.timings.bootSeconds = (Date.now() - started) / 1000;
    },
    async stop() {
      if (child) await halt(child);
    },
    async close() {
      await redmine.stop();
      process.off('exit', killOnExit);
      rmSync(site.dir, { recursive: true, force: true });
    },
  };
  try {
    await redmine.start();
  } catch (error) {
    await redmine.close();
    throw error;
  }
  return redmine;
}

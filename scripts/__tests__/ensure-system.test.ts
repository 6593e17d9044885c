import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '../ensure-system.sh');
const REAL_TOOLS = ['bash', 'readlink', 'grep', 'env', 'mkdir', 'tee', 'chown', 'cat'];

interface Machine {
  uid: number;
  /** `sudo -n` succeeds (passwordless), fails (needs a password), or there is no sudo. */
  sudo: 'passwordless' | 'password' | 'none';
  has: { chromium?: boolean; firefox?: boolean; redmine?: boolean; postgres?: boolean };
}

/**
 * Runs the script on a pretend machine: a PATH of real shell tools plus stand-ins for `id`,
 * `sudo` and `apt-get` (which only logs what it was asked), and browser and Redmine paths that
 * exist or not as the case needs. Nothing is installed for real.
 */
function run(machine: Machine, components: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'ensure-system-'));
  const bin = join(root, 'bin');
  mkdirSync(bin);
  for (const tool of REAL_TOOLS) {
    const found = ['/usr/bin', '/bin'].map((d) => join(d, tool)).find((p) => existsSync(p));
    symlinkSync(found!, join(bin, tool));
  }
  const log = join(root, 'apt.log');
  const script = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  script('id', `echo ${machine.uid}`);
  script('apt-get', `echo "$*" >> ${log}`);
  if (machine.sudo === 'passwordless') script('sudo', '[ "$1" = -n ] && shift; "$@"');
  if (machine.sudo === 'password') script('sudo', '[ "$1" = -n ] && exit 1; "$@"');
  const present = join(root, 'present');
  script('present', 'true');
  symlinkSync(join(bin, 'present'), present);
  const redmine = join(root, 'redmine');
  if (machine.has.redmine) {
    mkdirSync(join(redmine, 'tmp', 'pids'), { recursive: true });
    mkdirSync(join(redmine, 'tmp', 'cache'));
    mkdirSync(join(redmine, 'tmp', 'sockets'));
    writeFileSync(join(redmine, 'Gemfile'), '');
    writeFileSync(join(redmine, 'Gemfile.lock'), 'GEM\n  specs:\n  webrick (1.8.1)\n');
    script('ruby', 'true');
  }
  const pgBin = join(root, 'pg-bin');
  if (machine.has.postgres) {
    mkdirSync(pgBin);
    symlinkSync(join(bin, 'present'), join(pgBin, 'initdb'));
  }
  const result = spawnSync(join(bin, 'bash'), [SCRIPT, ...components], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: bin,
      CHROME_PATH: machine.has.chromium ? present : join(root, 'no-chromium'),
      FIREFOX_PATH: machine.has.firefox ? present : join(root, 'no-firefox'),
      REDMINE_ROOT: redmine,
      PG_BIN: pgBin,
    },
  });
  const apt = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, apt };
}

const ready = { chromium: true, firefox: true, redmine: true, postgres: true };

describe('scripts/ensure-system.sh', () => {
  it('does nothing and says nothing on a machine that has everything, even without root', () => {
    const result = run({ uid: 1000, sudo: 'none', has: ready }, [
      'chromium',
      'firefox',
      'redmine',
      'postgres',
    ]);
    expect(result).toEqual({ status: 0, stdout: '', stderr: '', apt: [] });
  });

  it('stops before changing anything with one line to run when it has neither root nor sudo', () => {
    const result = run({ uid: 1000, sudo: 'none', has: { redmine: true } }, [
      'chromium',
      'firefox',
      'redmine',
    ]);
    expect(result.status).toBe(1);
    expect(result.apt).toEqual([]);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /needs chromium firefox installed once.*run: su -c '.*ensure-system\.sh chromium firefox'$/,
      ),
    ]);
  });

  it('names sudo in that line when sudo exists but needs a password and there is no terminal', () => {
    const result = run({ uid: 1000, sudo: 'password', has: { firefox: true, redmine: true } }, [
      'chromium',
      'firefox',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/run: sudo .*ensure-system\.sh chromium$/m);
    expect(result.apt).toEqual([]);
  });

  it('installs only what is missing, through passwordless sudo', () => {
    const result = run({ uid: 1000, sudo: 'passwordless', has: { firefox: true, redmine: true } }, [
      'chromium',
      'firefox',
      'redmine',
    ]);
    expect(result.status).toBe(0);
    expect(result.apt).toEqual(['update -qq', 'install -y -qq chromium']);
  });

  it('installs as root directly, Firefox as Debian names it', () => {
    const result = run({ uid: 0, sudo: 'none', has: { chromium: true } }, ['chromium', 'firefox']);
    expect(result.status).toBe(0);
    expect(result.apt).toEqual(['update -qq', 'install -y -qq firefox-esr']);
  });

  it("installs Debian's postgresql when its server binaries are missing", () => {
    const result = run({ uid: 0, sudo: 'none', has: { chromium: true } }, ['chromium', 'postgres']);
    expect(result.status).toBe(0);
    expect(result.apt).toEqual(['update -qq', 'install -y -qq postgresql']);
  });

  it('refuses a component it does not know', () => {
    const result = run({ uid: 0, sudo: 'none', has: ready }, ['postgress']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown component 'postgress'/);
  });
});

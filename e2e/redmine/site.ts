import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REDMINE_ROOT = '/usr/share/redmine';
const ENSURE_SCRIPT = resolve(import.meta.dirname, '../../scripts/ensure-system.sh');

/** The checks scripts/ensure-system.sh makes for Redmine, without a shell: a ready machine costs nothing. */
function isReady(): boolean {
  const lock = join(REDMINE_ROOT, 'Gemfile.lock');
  return (
    existsSync(join(REDMINE_ROOT, 'Gemfile')) &&
    existsSync(lock) &&
    /^ {2}webrick/m.test(readFileSync(lock, 'utf8')) &&
    ['pids', 'cache', 'sockets'].every((dir) => existsSync(join(REDMINE_ROOT, 'tmp', dir)))
  );
}

/** Installs or prepares Redmine (once per machine), or throws the one line saying what to run. */
export function ensureRedmine(): void {
  if (isReady()) return;
  const result = spawnSync(ENSURE_SCRIPT, ['redmine'], {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  if (result.status !== 0)
    throw new Error(result.stderr.trim() || `${ENSURE_SCRIPT} failed (${result.status})`);
}

/**
 * One throwaway Redmine "site": its own database, secret, log, tmp and files. Debian's Redmine
 * takes every per-site path from `instances/<X_DEBIAN_SITEID>` (config/multitenancy_environment.rb)
 * and `instances` is /var/lib/redmine, which only root may write. A site id that climbs out
 * with `..` puts the site in a temp dir any user owns, so tests neither need root nor touch
 * /var/lib/redmine's default site and database.
 */
export interface Site {
  dir: string;
  db: string;
  /** Where the server's own output goes; its tail explains a failed start. */
  serverLog: string;
  pidFile: string;
  /** A command line that runs `bin/rails ...args` for this site as the site's user. */
  rails(args: string[]): { command: string; args: string[]; env: NodeJS.ProcessEnv };
}

// Root runs Redmine as www-data, as Debian does (TOOLCHAIN.md); anyone else runs it as themselves.
const asRoot = process.getuid?.() === 0;

const idOf = (flag: string) => Number(execFileSync('id', [flag, 'www-data'], { encoding: 'utf8' }));
let owner: { uid: number; gid: number } | undefined;
function wwwData(): { uid: number; gid: number } {
  return (owner ??= { uid: idOf('-u'), gid: idOf('-g') });
}

export function createSite(): Site {
  const dir = mkdtempSync(join(tmpdir(), 'caselight-redmine-'));
  const paths = ['config', 'log', 'tmp', 'files', 'public', 'public/plugin_assets'];
  for (const sub of paths) mkdirSync(join(dir, sub));
  const db = join(dir, 'db.sqlite3');
  writeFileSync(
    join(dir, 'config/database.yml'),
    `production:\n  adapter: sqlite3\n  database: ${db}\n  timeout: 5000\n`,
  );
  writeFileSync(join(dir, 'config/secret_key.txt'), randomBytes(32).toString('hex'));
  if (asRoot) {
    const { uid, gid } = wwwData();
    for (const path of ['', ...paths, 'config/database.yml', 'config/secret_key.txt'])
      chownSync(join(dir, path), uid, gid);
  }
  const env = {
    PATH: process.env.PATH,
    HOME: dir, // bundler wants a writable home; www-data's is not
    LANG: 'C.UTF-8',
    RAILS_ENV: 'production',
    X_DEBIAN_SITEID: `${'../'.repeat(16)}${dir.replace(/^\//, '')}`,
  };
  const setpriv = ['--reuid=www-data', '--regid=www-data', '--init-groups'];
  return {
    dir,
    db,
    serverLog: join(dir, 'log/server.out'),
    pidFile: join(dir, 'tmp/server.pid'),
    rails: (args) =>
      asRoot
        ? { command: 'setpriv', args: [...setpriv, 'ruby', 'bin/rails', ...args], env }
        : { command: 'ruby', args: ['bin/rails', ...args], env },
  };
}

/** Files the site's user must read or write (a copied database, the seed scripts) go through here. */
export function ownBySite(site: Site, path: string): void {
  if (!asRoot) return;
  const { uid, gid } = wwwData();
  chownSync(path, uid, gid);
}

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIREFOX_EXTENSION_DIR, FIREFOX_MISSING, firefoxPath } from './firefox';

// What the extension is built from; a change to any of them makes the Firefox build stale.
const SOURCES = ['entrypoints', 'components', 'utils', 'assets', 'public', 'wxt.config.ts'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path)
      .filter((name) => name !== '__tests__')
      .map((name) => newestChange(join(path, name))),
  );
}

/**
 * `npm run test:e2e` builds the Chromium extension only: the Firefox suite builds its own
 * (`wxt build -b firefox`) when the last one is older than the sources.
 */
export default function setup(): void {
  // One line and a failed run, before any test starts: a missing browser is never a skip.
  if (!existsSync(firefoxPath())) {
    console.error(FIREFOX_MISSING);
    process.exit(1);
  }
  const built = newestChange(join(FIREFOX_EXTENSION_DIR, 'manifest.json'));
  if (built > Math.max(...SOURCES.map((s) => newestChange(resolve(s))))) return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const lines = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').length;

test('entrypoints only wire things together', () => {
  for (const file of sourceFiles(join(root, 'entrypoints')))
    expect(lines(file), file).toBeLessThan(40);
});

test('no source file grows past the point where it should be split', () => {
  for (const dir of ['entrypoints', 'components', 'utils', 'server', 'e2e', 'scripts', 'bench']) {
    for (const file of sourceFiles(join(root, dir)))
      expect(lines(file), file).toBeLessThanOrEqual(300);
  }
});

test('file names are kebab-case', () => {
  for (const dir of ['entrypoints', 'components', 'utils', 'server', 'e2e']) {
    for (const file of sourceFiles(join(root, dir))) {
      expect(file.split('/').pop(), file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)*$/);
    }
  }
});

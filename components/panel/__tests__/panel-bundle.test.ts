import { build } from 'esbuild';
import { expect, test } from 'vitest';

/**
 * The panel boots on every console page load, on the same cores as the console: what its
 * first script pulls in is paid before the reviewer sees the case. The model SDK (~390 KB)
 * belongs to the background alone.
 */
test('the panel’s bundle leaves the model SDK to the background', async () => {
  const { metafile } = await build({
    entryPoints: ['entrypoints/panel/main.tsx'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const inputs = Object.keys(metafile.inputs);
  expect(inputs.length).toBeGreaterThan(50); // the panel's own code was bundled
  expect(inputs.filter((path) => path.includes('node_modules/openai/'))).toEqual([]);
}, 30_000);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../e2e/browser';

interface ManifestContentScript {
  js?: string[];
  css?: string[];
}

/** Gzip size of everything the built extension loads into a console page (JS and CSS). */
export function contentScriptGzipKb(extensionDir = EXTENSION_DIR): number {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ManifestContentScript[];
  };
  const files = (manifest.content_scripts ?? []).flatMap((cs) => [
    ...(cs.js ?? []),
    ...(cs.css ?? []),
  ]);
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(extensionDir, file)), { level: 9 }).length,
    0,
  );
  return Math.round((bytes / 1024) * 100) / 100;
}

import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads the demo console's static files from `server/console/`. Names are matched against a
 * strict pattern (no slashes, no dots but the extension), which rules out path traversal
 * without having to normalise paths. Files are read per request so editing the console needs
 * no restart; they are small and this is a demo.
 */
export const CONSOLE_DIR = fileURLToPath(new URL('../console/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*\.(html|js|css|svg|png|jpg)$/;

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** The file `name` in `server/console/<subdir>`, or undefined if it is not there or not allowed. */
export async function readConsoleFile(
  subdir: '' | 'media',
  name: string,
): Promise<StaticFile | undefined> {
  if (!SAFE_NAME.test(name)) return undefined;
  const contentType = CONTENT_TYPES[extname(name)];
  if (contentType === undefined) return undefined;
  try {
    return { body: await readFile(join(CONSOLE_DIR, subdir, name)), contentType };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A Response for a static file, or a plain 404. */
export function staticResponse(file: StaticFile | undefined): Response {
  if (file === undefined) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'X-Content-Type-Options': 'nosniff',
      // Short cache: fine for a demo, and edits show up on reload.
      'Cache-Control': 'no-cache',
    },
  });
}

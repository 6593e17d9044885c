import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MANAGED_ENTITY_KEY } from '../utils/investigations/entity-key';
import { MANAGED_FIELDS } from '../utils/settings/managed-policy';
import { EXTENSION_DIR } from './browser';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  permissions: string[];
  host_permissions: string[];
  content_scripts: { js: string[]; matches: string[] }[];
  storage?: { managed_schema?: string };
};
const contentScript = manifest.content_scripts
  .flatMap((cs) => cs.js)
  .map((file) => readFileSync(join(EXTENSION_DIR, file), 'utf8'))
  .join('\n');

describe('the built extension', () => {
  test('the content script makes no network call and opens no secret store', () => {
    for (const api of [
      'fetch(',
      'XMLHttpRequest',
      'WebSocket',
      'EventSource',
      'sendBeacon',
      'indexedDB',
      'caseApiToken',
      'modelApiKey',
    ]) {
      expect(contentScript, api).not.toContain(api);
    }
  });

  test('the content script carries no zod and no UI framework', () => {
    expect(contentScript).not.toMatch(/ZodError|react-dom|__reactFiber/);
  });

  test('asks for no permission it does not use and no host beyond loopback and OpenAI', () => {
    expect(manifest.permissions.toSorted()).toEqual([
      'alarms',
      'identity',
      'scripting',
      'sidePanel',
      'storage',
      'webRequest',
    ]);
    expect(manifest.host_permissions).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
      'https://api.openai.com/*',
    ]);
  });

  test('lets an administrator set by policy exactly the keys Caselight reads, and nothing else', () => {
    const file = manifest.storage?.managed_schema;
    expect(file).toBe('managed-schema.json');
    const schema = JSON.parse(readFileSync(join(EXTENSION_DIR, file!), 'utf8')) as {
      properties: Record<string, { type: string }>;
    };
    expect(Object.keys(schema.properties)).toEqual([
      'guidancePublicKey',
      MANAGED_ENTITY_KEY,
      'allowInsecureHttp',
      ...Object.keys(MANAGED_FIELDS),
    ]);
    expect(schema.properties.guidancePublicKey?.type).toBe('string');
    expect(schema.properties.allowInsecureHttp?.type).toBe('boolean');
    expect(schema.properties[MANAGED_ENTITY_KEY]?.type).toBe('string');
  });
});

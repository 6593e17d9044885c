import OpenAI from 'openai';
import { afterEach } from 'vitest';
import { startOpenAIStandIn, type StartedStandIn } from '../../../server/openai-stand-in';
import type { Case, CaseItem } from '../../case/schema';
import {
  assessSettingsSchema,
  type AssessSettings,
  type AssessSettingsInput,
} from '../assess-settings';
import type { ClientFactory } from '../client-factory';

/** Test cases and a stand-in per test, with the REAL openai SDK pointed at it. */

export function item(id: string, text: string, extra: Partial<CaseItem> = {}): CaseItem {
  return { id, author: `author of ${id}`, role: 'other', text, media: [], ...extra };
}

export function makeCase(items: CaseItem[], extra: Partial<Case> = {}): Case {
  return {
    id: 'c-test',
    console: 'demo',
    url: 'https://console.example.com/cases/c-test',
    items,
    ...extra,
  };
}

export function image(id: string, url: string): CaseItem['media'][number] {
  return { id, kind: 'image', url };
}

const started: StartedStandIn[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

export async function standIn(): Promise<StartedStandIn> {
  const s = await startOpenAIStandIn({ port: 0, apiKey: 'test-key' });
  started.push(s);
  return s;
}

export const testClient: ClientFactory = ({ baseURL, apiKey }) =>
  new OpenAI({ apiKey, baseURL, maxRetries: 0, timeout: 5_000 });

export function settingsFor(
  s: StartedStandIn,
  extra: Partial<AssessSettingsInput> = {},
): AssessSettings {
  return assessSettingsSchema.parse({ baseUrl: s.url, provider: 'stand-in', ...extra });
}

/** Requests the stand-in saw on one path. */
export function seen(s: StartedStandIn, path: string) {
  return s.requests.filter((r) => r.path === path);
}

/** Fast retries: tests wait milliseconds, not seconds, unless a Retry-After says otherwise. */
export const FAST_RETRY = { baseMs: 1, capMs: 5, maxWaitMs: 5_000 };

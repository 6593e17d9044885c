import { z } from 'zod';
import type { Writer } from './schema';

/**
 * What the Writers page sends the background and what it gets back. Credentials go one way
 * only: the page sends them to be saved and is told for which origin, never shown them again.
 */

export const writerIdSchema = z.string().min(1).max(64);

/** A token for `header`/`bearer` auth, or a username and password for `basic`. */
export const writerSecretInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('token'), token: z.string().trim().min(1).max(4000) }),
  z.strictObject({
    kind: z.literal('basic'),
    username: z.string().trim().min(1).max(500),
    password: z.string().min(1).max(4000),
  }),
]);

/** A test decision the lead describes; the background makes it a live decision of the pack. */
export const writerTestSchema = z.strictObject({
  /** Chosen by the page, so the preview's marker is the one a send writes. */
  decisionId: z.uuid(),
  console: z.string().min(1).max(100),
  caseId: z.string().trim().min(1).max(200),
  action: z.string().min(1).max(64),
  policyIds: z.array(z.string().min(1).max(64)).max(20),
  note: z.string().max(5000).optional(),
});

export type WriterSecretInput = z.infer<typeof writerSecretInputSchema>;
export type WriterTest = z.infer<typeof writerTestSchema>;

/** Where a writer's credentials stand; an origin, never a value. */
export type CredentialStatus =
  | { kind: 'saved'; origin: string }
  | { kind: 'missing' }
  /** Saved while the writer pointed elsewhere: they are not sent to its new address. */
  | { kind: 'other-origin'; origin: string }
  | { kind: 'not-needed'; auth: 'none' | 'session' };

export interface WriterEntry {
  writer: Writer;
  credential: CredentialStatus;
}

export interface WritersListAnswer {
  writers: WriterEntry[];
  /** Stored definitions that no longer validate, with their problems by field. */
  unreadable: { id: string; problems: string[] }[];
}

export type WriterSaveAnswer = { ok: true; entry: WriterEntry } | { ok: false; problems: string[] };

export type WriterCredentialsAnswer =
  { ok: true; credential: CredentialStatus } | { ok: false; message: string };

/** One request as it would go out, credentials masked and the body pretty-printed. */
export interface PreviewRequest {
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** `skipped`: its `skipUnless` renders empty; `confirm`: the look-up after writing. */
  when: 'send' | 'skipped' | 'confirm';
}

export type WriterPreviewAnswer =
  /** `note`: the note as the console shows it, marker last. */
  | { ok: true; requests: PreviewRequest[]; note: string; marker: string }
  | { ok: false; message: string };

export type WriterTestOutcome =
  | { kind: 'delivered'; result: string }
  | { kind: 'skipped'; result: string }
  | { kind: 'retry' | 'failed' | 'needs-sign-in'; message: string; status?: number };

export type WriterTestAnswer =
  { ok: true; decisionId: string; outcome: WriterTestOutcome } | { ok: false; message: string };

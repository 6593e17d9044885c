import type { WriterSecret } from './credentials';
import type { Writer } from './schema';
import type { CredentialStatus } from './writer-messages';

/** The kind of secret a writer's auth takes, or none for `none` and `session`. */
export function secretKindFor(writer: Writer): WriterSecret['kind'] | undefined {
  const { kind } = writer.auth;
  if (kind === 'basic') return 'basic';
  return kind === 'header' || kind === 'bearer' ? 'token' : undefined;
}

/** What the Writers page may know of a writer's credentials; the same rules as `authFor`. */
export function credentialStatus(
  writer: Writer,
  secret: WriterSecret | undefined,
): CredentialStatus {
  const { kind } = writer.auth;
  if (kind === 'none' || kind === 'session') return { kind: 'not-needed', auth: kind };
  if (!secret || secret.kind !== secretKindFor(writer)) return { kind: 'missing' };
  const origin = new URL(writer.baseUrl).origin;
  return secret.origin === origin
    ? { kind: 'saved', origin }
    : { kind: 'other-origin', origin: secret.origin };
}

import type { Writer } from '../../utils/case/writer/schema';
import type { CredentialStatus } from '../../utils/case/writer/writer-messages';

/** The words the Writers page uses for a writer's auth and credentials. */

export function authText(auth: Writer['auth']): string {
  switch (auth.kind) {
    case 'none':
      return 'none';
    case 'header':
      return `API key in the ${auth.header} header`;
    case 'bearer':
      return 'bearer token';
    case 'basic':
      return 'username and password (basic)';
    case 'session':
      return 'the reviewer’s own console session';
  }
}

export function credentialText(status: CredentialStatus, writer: Writer): string {
  switch (status.kind) {
    case 'saved':
      return `saved for ${status.origin}`;
    case 'missing':
      return 'missing';
    case 'other-origin':
      return `saved for another address (${status.origin}), not sent to ${new URL(writer.baseUrl).origin}`;
    case 'not-needed':
      return status.auth === 'session'
        ? 'not needed: the reviewer’s own console session is used'
        : 'not needed';
  }
}

/** Presets say what they were tried against; anything else has not been, as far as we know. */
export function triedText(writer: Writer): string {
  return writer.testedAgainst
    ? `Tried against ${writer.testedAgainst}.`
    : 'This definition is not yet tried against the live service: use Test before relying on it.';
}

import { fromBase64, toBase64 } from './signature';

/**
 * The private key a lead pastes to sign one publish. It is imported into WebCrypto for that
 * publish and dropped with the page state: never stored, never sent anywhere. Accepted forms
 * are the ones key tools print: PEM (`BEGIN PRIVATE KEY`, PKCS#8), base64 of the PKCS#8 bytes,
 * base64 of the raw 32-byte seed, or a JWK (`{"kty":"OKP","crv":"Ed25519","d":…}`).
 */

const ED25519 = { name: 'Ed25519' } as const;

/** RFC 8410: the fixed PKCS#8 header before a 32-byte Ed25519 seed. */
const PKCS8_SEED_PREFIX = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

export const SIGNING_KEY_HELP =
  'Paste an Ed25519 private key: PEM (BEGIN PRIVATE KEY), base64 PKCS#8, the base64 32-byte seed, or a JWK.';

export interface SigningKey {
  privateKey: CryptoKey;
  /** The public half in its pinned form (base64 of the raw 32 bytes), when it could be derived. */
  publicKey?: string;
}

function pkcs8Of(text: string): Uint8Array<ArrayBuffer> {
  const pem = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (pem && pem[1] !== 'PRIVATE KEY') {
    throw new Error(`This is a ${pem[1]!.toLowerCase()}; ${SIGNING_KEY_HELP}`);
  }
  const bytes = fromBase64((pem ? pem[2]! : text).replace(/\s+/g, ''));
  if (bytes.length !== 32) return bytes;
  const wrapped = new Uint8Array(PKCS8_SEED_PREFIX.length + 32);
  wrapped.set(PKCS8_SEED_PREFIX);
  wrapped.set(bytes, PKCS8_SEED_PREFIX.length);
  return wrapped;
}

async function importAny(text: string): Promise<CryptoKey> {
  if (text.startsWith('{')) {
    const jwk = JSON.parse(text) as JsonWebKey;
    return crypto.subtle.importKey('jwk', jwk, ED25519, true, ['sign']);
  }
  return crypto.subtle.importKey('pkcs8', pkcs8Of(text), ED25519, true, ['sign']);
}

export async function importSigningKey(pasted: string): Promise<SigningKey> {
  const text = pasted.trim();
  if (!text) throw new Error(SIGNING_KEY_HELP);
  let privateKey: CryptoKey;
  try {
    privateKey = await importAny(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.startsWith('This is a') ? message : SIGNING_KEY_HELP, {
      cause: error,
    });
  }
  // A private JWK carries its public half as `x` (base64url of the raw key).
  const { x } = await crypto.subtle.exportKey('jwk', privateKey).catch(() => ({ x: undefined }));
  return { privateKey, publicKey: x ? toBase64(fromBase64(x)) : undefined };
}

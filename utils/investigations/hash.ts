import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { RawEntity } from './extract';
import { HASHED_KINDS, type Entity } from './schema';

/**
 * What leaves the background for the case API. Emails, phones and handles become
 * HMAC-SHA-256 over "kind:value" with the team's entity key: the same value gives the same hash
 * in every reviewer's browser of the team, while the case API, which never holds the key,
 * cannot test guesses against it (a plain hash of a phone number is brute-forced in minutes).
 * Accounts, domains and wallets go in clear: the console already shows the account id to the
 * case API with every decision, and domains and wallet addresses are public identifiers a lead
 * must read to act on (block a domain, report a wallet).
 */
const hashed: ReadonlySet<string> = new Set(HASHED_KINDS);

export function entityHash(key: string, entity: RawEntity): string {
  return bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(`${entity.kind}:${entity.value}`)));
}

/** Without a key, the hashed kinds are left out rather than sent in clear. */
export function protectEntities(entities: RawEntity[], key: string | undefined): Entity[] {
  return entities.flatMap((entity): Entity[] => {
    if (!hashed.has(entity.kind)) return [entity];
    return key ? [{ kind: entity.kind, value: entityHash(key, entity) }] : [];
  });
}

import { browser } from 'wxt/browser';
import { z } from 'zod';
import { readSecret } from '../settings/secrets';

/**
 * The team's entity key (HMAC key for emails, phones and handles). Every reviewer of a team
 * must hold the same key, or the same phone number gives different hashes and their cases never
 * link: so an administrator can roll it out by policy (managed storage, described by
 * `public/managed-schema.json`), which wins over the one typed in Options and locks it there.
 */
export const MANAGED_ENTITY_KEY = 'entityKey';

/** Long enough that the case API cannot guess it and test hashes against it. */
const managedKeySchema = z.string().trim().min(16).max(500);

export interface ManagedEntityKey {
  key?: string;
  /** A policy value that is not a usable key: refused, named, and nothing is hashed with it. */
  problem?: string;
}

/** The policy's entity key, checked; undefined when the administrator set none. */
export async function readManagedEntityKey(): Promise<ManagedEntityKey | undefined> {
  let value: unknown;
  try {
    value = (await browser.storage.managed.get(MANAGED_ENTITY_KEY))[MANAGED_ENTITY_KEY];
  } catch {
    return undefined; // no policy (Firefox throws without a policy manifest)
  }
  if (value === undefined) return undefined;
  const parsed = managedKeySchema.safeParse(value);
  if (parsed.success) return { key: parsed.data };
  return {
    problem: `The ${MANAGED_ENTITY_KEY} set by your administrator is not a usable key (16–500 characters): emails, phones and handles are left out of investigations until it is fixed.`,
  };
}

/**
 * The key to hash with: the policy's when one is set (a broken policy gives none, rather than
 * quietly falling back to a key the rest of the team does not share), else the one in Options.
 */
export async function readEntityKey(): Promise<string | undefined> {
  const managed = await readManagedEntityKey();
  if (managed) return managed.key;
  return readSecret('entityKey');
}

import { parsePhoneNumber } from 'awesome-phonenumber';
import type { Case } from '../case/schema';
import { findEmails } from '../redaction/detectors';
import { findPhones } from '../redaction/phone';
import { findWallets } from '../redaction/web';
import type { EntityKind } from './schema';

/**
 * The entities of a case, in clear and normalised so the same person written two ways is one
 * entity: emails lower-cased, phone numbers in E.164, handles without "@" and lower-cased,
 * domains without "www.". The redaction detectors find emails, phones and wallets (one
 * definition of what each looks like); only the background holds these values in clear.
 */
export interface RawEntity {
  kind: EntityKind;
  value: string;
}

const HANDLE = /(?<![\p{L}\p{N}_.%+-])@([a-z0-9_][a-z0-9_.]{1,29})(?![\p{L}\p{N}_@-])/giu;
const LINK = /(?<![\w@.-])(?:https?:\/\/|www\.)([a-z0-9.-]+\.[a-z]{2,24})(?![a-z0-9-])/gi;

/** E.164 where libphonenumber can tell the country; the digits as written otherwise. */
export function normalisePhone(key: string): string {
  const international = parsePhoneNumber(`+${key}`);
  if (international.valid) return international.number.e164;
  for (const regionCode of ['US', 'GB', 'DE', 'FR', 'IN']) {
    const national = parsePhoneNumber(key, { regionCode });
    if (national.valid) return national.number.e164;
  }
  return key;
}

const normaliseHandle = (handle: string) => handle.replace(/^@/, '').toLowerCase();
const domainOf = (host: string) =>
  host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');

function fromText(text: string, add: (kind: EntityKind, value: string) => void): void {
  for (const span of findEmails(text)) add('email', span.key);
  for (const span of findPhones(text)) add('phone', normalisePhone(span.key));
  for (const span of findWallets(text)) add('wallet', span.key);
  for (const m of text.matchAll(HANDLE)) add('handle', normaliseHandle(m[1] ?? ''));
  for (const m of text.matchAll(LINK)) add('domain', domainOf(m[1] ?? ''));
}

export function extractEntities(found: Case): RawEntity[] {
  const seen = new Map<string, RawEntity>();
  const add = (kind: EntityKind, value: string) => {
    if (value) seen.set(`${kind}:${value}`, { kind, value });
  };
  if (found.reported?.id) add('account', found.reported.id);
  if (found.reported?.handle) add('handle', normaliseHandle(found.reported.handle));
  if (found.reporter?.handle) add('handle', normaliseHandle(found.reporter.handle));
  for (const item of found.items) fromText(item.text, add);
  return [...seen.values()];
}

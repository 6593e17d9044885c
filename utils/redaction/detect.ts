import type { Party } from '../case/schema';
import { findAddresses } from './addresses';
import { findCards, findEmails, findIbans } from './detectors';
import { findNationalIds, findSsns } from './ids';
import { findIps } from './ip';
import { findNames } from './names';
import { normalise, originalRange } from './normalise';
import { partyMatcher } from './parties';
import { findPhones } from './phone';
import type { RedactionSettings } from './settings';
import type { PiiKind, PiiSpan } from './span';
import { findMacs, findUrls, findWallets } from './web';

type Detector = (text: string) => PiiSpan[];
type Switch = Exclude<keyof RedactionSettings, 'enabled' | 'parties'>;

const BY_SWITCH: Record<Switch, Detector[]> = {
  emails: [findEmails],
  phones: [findPhones],
  cards: [findCards],
  ibans: [findIbans],
  ips: [findIps],
  governmentIds: [findSsns, findNationalIds],
  links: [findUrls],
  macs: [findMacs],
  wallets: [findWallets],
  names: [findNames],
  addresses: [findAddresses],
};

/** Kinds written as digit runs: the only ones a message break can cut in two. */
export const SPLITTABLE: ReadonlySet<PiiKind> = new Set([
  'phone',
  'card',
  'iban',
  'ssn',
  'national-id',
]);

/** Every detector the settings switch on, run over a normalised copy, spans in original offsets. */
export function createDetect(
  parties: { reporter?: Party; reported?: Party },
  settings: RedactionSettings,
): ((text: string) => PiiSpan[]) | undefined {
  if (!settings.enabled) return undefined;
  const detectors = (Object.keys(BY_SWITCH) as Switch[])
    .filter((key) => settings[key])
    .flatMap((key) => BY_SWITCH[key]);
  if (settings.parties) {
    const matcher = partyMatcher(parties);
    detectors.push((text) => matcher.find(text));
  }
  if (detectors.length === 0) return undefined;
  return (text) => {
    const n = normalise(text);
    return detectors
      .flatMap((detect) => detect(n.text))
      .map((span) => {
        const [start, end] = originalRange(n, span.start, span.end);
        return { ...span, start, end };
      });
  };
}

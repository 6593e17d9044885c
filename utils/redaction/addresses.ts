import { matchesOf, type PiiSpan } from './span';

/**
 * Postal addresses: a house number with a street type in the English, German, Dutch, French,
 * Spanish and Italian ways of writing them, with the unit, town, state and postcode that follow;
 * and UK postcodes on their own (they narrow a home to a few houses).
 */

/** JavaScript's \b knows only ASCII letters: "Školní" starts a word too. */
const START = '(?<![\\p{L}\\p{N}])';
const CAP = String.raw`\p{Lu}[\p{L}'’.-]*`;
const STREET_TYPE =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Mall|Row|Close|Crescent|Cres|Gardens|Grove|Hill|Loop|Path|Pike|Plaza|Point|Ridge|Run|Walk|Alley|Expressway|Freeway|Junction|Crossing|Estates|Heights|Park|View|Mews';
const UNIT = String.raw`(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Flat|Floor|Fl|Room|Rm|#)\.?\s*[\w-]+)?`;
const TOWN = String.raw`(?:,\s*${CAP}(?:\s+${CAP}){0,3})?`;
const REGION = String.raw`(?:,?\s*(?:[A-Z]{2}|${CAP}))?`;
const ZIP = String.raw`(?:,?\s*\d{5}(?:-\d{4})?)?`;
const ENGLISH = String.raw`\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:${CAP}\s+|\d{1,3}(?:st|nd|rd|th)\s+){1,4}(?:${STREET_TYPE})\b\.?${UNIT}${TOWN}${REGION}${ZIP}`;
const GERMANIC = String.raw`${START}\p{Lu}\p{Ll}{2,}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|laan|straat|gracht|plein|kade|singel|dijk|vej|gade|gatan|gata|veien)\s+\d{1,4}[a-z]?(?:,\s*\d{4,5}(?:\s?[A-Z]{2})?\s+${CAP}(?:\s+${CAP})?)?`;
const ROMANCE = String.raw`\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Ii]mpasse|[Aa]llée|[Qq]uai|[Rr]oute)\s+(?:(?:de la|de l'|du|des|de|d')\s*)?${CAP}(?:[\s-]+${CAP}){0,3}(?:,\s*\d{5}\s+${CAP}(?:[\s-]+${CAP}){0,2})?`;
const ROMANCE_NUMBER_LAST = String.raw`${START}(?:Calle|C/|Avenida|Avda\.|Plaza|Paseo|Carrer|Via|Viale|Piazza|Corso|Rua|Travessa)\s+(?:(?:de la|de los|del|de|dos|da|do)\s+)?${CAP}(?:\s+${CAP}){0,3},?\s+(?:n[º°o.]\s*)?\d{1,4}[A-Za-z]?(?:,\s*\d{5}\s+${CAP}(?:\s+${CAP}){0,2})?`;
/** "Vahtra 56, 50801 Tartu": a street, its number, then a postcode and town (most of Europe, Brazil). */
const PARTICLE = '(?:du|de|la|le|des|del|da|do|dos|van|der|den|am|an|im|di|von)';
const NUMBER_POSTCODE = String.raw`${START}${CAP}(?:\s+(?:${CAP}|${PARTICLE})){0,4}\s+\d{1,4}[a-zA-Z]?,\s*(?:\d{4,5}(?:-\d{3})?|\d{3}\s\d{2}|\d{4}-\d{3}|\d{4}\s?[A-Z]{2})\s+${CAP}(?:[\s-]+(?:${CAP}|${PARTICLE})){0,4}`;
const UK_POSTCODE = String.raw`\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s?\d[ABD-HJLNP-UW-Z]{2}\b`;

const PATTERNS = [
  ENGLISH,
  GERMANIC,
  ROMANCE,
  ROMANCE_NUMBER_LAST,
  NUMBER_POSTCODE,
  UK_POSTCODE,
].map((source) => new RegExp(source, 'gu'));

export function findAddresses(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const pattern of PATTERNS) {
    for (const m of matchesOf(pattern, text)) {
      // The sentence's full stop is not part of the address.
      const value = m[0].replace(/[\s,.]+$/, '');
      const key = value.toLowerCase().replace(/\s+/g, ' ');
      spans.push({ kind: 'address', start: m.index, end: m.index + value.length, key });
    }
  }
  return spans;
}

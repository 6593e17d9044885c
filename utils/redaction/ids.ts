import { verhoeffValid } from './checksums';
import { matchesOf, type PiiSpan } from './span';

/**
 * Government identifiers: US Social Security numbers and the national ids reviewers meet most
 * (UK National Insurance, Spanish DNI/NIE, India's Aadhaar). Each has a layout rule or a check
 * character; where neither separates it from an ordinary number, a cue word must announce it.
 */

const SSN = /(?<![\w.-])(\d{3})([- .]?)(\d{2})([- .]?)(\d{4})(?![\w-]|[.,]\d)/g;
const SSN_CUE = /\b(?:ssn|ss#|social security|social sec|ssa|tin|itin|taxpayer)\b[^\n]{0,25}$/i;

function ssnValid(area: string, group: string, serial: string): boolean {
  // The SSA never issues area 000, 666 or 900–999, group 00 or serial 0000.
  return !/^(?:000|666|9)/.test(area) && group !== '00' && serial !== '0000';
}

export function findSsns(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of matchesOf(SSN, text)) {
    const [value, area = '', separator = '', group = '', second = '', serial = ''] = m;
    if (!ssnValid(area, group, serial)) continue;
    // Nine bare digits (or oddly grouped ones) are as often an id; 3-2-4 or a cue word says SSN.
    const cued = SSN_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if ((separator === '' || separator !== second) && !cued) continue;
    const key = `${area}${group}${serial}`;
    spans.push({ kind: 'ssn', start: m.index, end: m.index + value.length, key });
  }
  return spans;
}

// HMRC: no D, F, I, Q, U, V first; no D, F, I, O, Q, U, V second; some pairs never issued.
const NINO =
  /(?<![\w])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?!\w)/gi;
const NINO_NEVER = /^(?:BG|GB|KN|NK|NT|TN|ZZ)$/i;
const DNI = /(?<![\w-])([XYZ]?)[ -]?(\d{7,8})[ -]?([A-Z])(?!\w)/gi;
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const AADHAAR = /(?<![\w:-])([2-9]\d{3})([ :-]?)(\d{4})\2(\d{4})(?![\w:-]|[.,]\d)/g;
const AADHAAR_CUE = /\b(?:aadhaa?r|uidai|uid|national id(?:entity)?)\b[^\n]{0,25}$/i;
const ID_BEFORE = /\b(?:order|invoice|ticket|case|ref(?:erence)?|tracking|transaction|id)\W{0,3}$/i;

function dniValid(prefix: string, digits: string, letter: string): boolean {
  if (prefix && digits.length !== 7) return false;
  // NIE: X, Y, Z stand for 0, 1, 2 in front of the seven digits.
  const lead = prefix ? String('XYZ'.indexOf(prefix.toUpperCase())) : '';
  const number = Number(`${lead}${digits}`);
  return DNI_LETTERS[number % 23] === letter.toUpperCase();
}

export function findNationalIds(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const push = (m: RegExpExecArray, key: string) =>
    spans.push({ kind: 'national-id', start: m.index, end: m.index + m[0].length, key });
  for (const m of matchesOf(NINO, text)) {
    if (NINO_NEVER.test(m[1] ?? '')) continue;
    push(m, m.slice(1).join('').toUpperCase());
  }
  for (const m of matchesOf(DNI, text)) {
    if (dniValid(m[1] ?? '', m[2] ?? '', m[3] ?? '')) push(m, m.slice(1).join('').toUpperCase());
  }
  for (const m of matchesOf(AADHAAR, text)) {
    const digits = `${m[1]}${m[3]}${m[4]}`;
    if (!verhoeffValid(digits)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // One number in ten passes Verhoeff: a bare 12-digit run needs the word, or no rival label.
    if (m[2] === '' && !AADHAAR_CUE.test(before) && ID_BEFORE.test(before)) continue;
    push(m, digits);
  }
  return spans;
}

import type { Case } from '../case/schema';

/**
 * The case content that decides an assessment: what is scored and sent (texts, images, subject)
 * and what redaction depends on (the parties). Console bookkeeping such as status, queue or the
 * page URL is left out, so a case that only moved queue is still served from the cache.
 */
const party = (p: Case['reporter']) => (p ? [p.id ?? '', p.handle ?? '', p.name ?? ''] : null);

export function canonicalCaseContent(caseData: Case): string {
  // Arrays, not objects: their order is fixed, so the same case always gives the same string.
  return JSON.stringify([
    caseData.id,
    caseData.subject ?? '',
    party(caseData.reporter),
    party(caseData.reported),
    caseData.items.map((item) => [
      item.id,
      item.role,
      item.text,
      item.media.map((m) => [m.id, m.kind, m.url]),
    ]),
  ]);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function hashCaseContent(caseData: Case): Promise<string> {
  return sha256Hex(canonicalCaseContent(caseData));
}

/**
 * Which case a reference names. The case API stores cases of its own (the seed, gold copies):
 * those are "hosted", shown by the consoles in `hostedConsoles`, so (demo-console, C-1001) and
 * (classic-console, C-1001) are one case. Any other console's case is known by the pair
 * (console, case id): two consoles can both have a case "4", and they are different cases.
 * Every route resolves a reference here and nowhere else.
 */

/** The two built-in adapters, which both show the seeded cases. */
export const DEFAULT_HOSTED_CONSOLES: readonly string[] = ['demo-console', 'classic-console'];

/** The namespace of hosted cases (`decisions.case_console`); a console id is never empty. */
export const HOSTED = '';

export interface CaseRef {
  /** `HOSTED` for a case of the case API's own, else the console whose case it is. */
  namespace: string;
  caseId: string;
}

export interface CaseResolver {
  resolve(console: string, caseId: string): CaseRef;
  /** The namespace of a console's cases and of the accounts seen in them. */
  namespaceOf(console: string): string;
}

export function caseResolver(hostedConsoles = DEFAULT_HOSTED_CONSOLES): CaseResolver {
  const hosted = new Set(hostedConsoles);
  const namespaceOf = (console: string) => (hosted.has(console) ? HOSTED : console);
  return {
    namespaceOf,
    resolve: (console, caseId) => ({ namespace: namespaceOf(console), caseId }),
  };
}

/** What the older routes (`/cases/:id…`) name: the case API's own case, whichever console shows it. */
export const hostedCase = (caseId: string): CaseRef => ({ namespace: HOSTED, caseId });

export const isHosted = (ref: CaseRef): boolean => ref.namespace === HOSTED;

/** "case C-1001" or "case 4 of console redmine", for messages. */
export function describeCase(ref: CaseRef): string {
  return isHosted(ref) ? `case ${ref.caseId}` : `case ${ref.caseId} of console ${ref.namespace}`;
}

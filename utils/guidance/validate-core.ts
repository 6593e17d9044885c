import { regexRisk } from './regex-guard';
import { guidancePackSchema, type GuidancePack, type GuidanceSignal } from './schema';
import { normalizeHost, regexParts } from './signal-matchers';
import { crossChecks, type PackIssue } from './validate-refs';

export type { PackIssue } from './validate-refs';

/**
 * Everything a pack must pass: the shared schema, then the cross-checks, then each signal as
 * the panel would compile it. One list of `{ path, message }`, empty when the pack is good.
 * The backtracking checker is a parameter so the background can leave recheck out of its
 * bundle (see `offer.ts`); publishing goes through `validate.ts`, which uses recheck.
 */

/** Says why a regex (JavaScript source and flags) could backtrack without bound, or nothing. */
export type RegexSafetyCheck = (source: string, flags: string) => string | undefined;

export type ValidationResult =
  | { ok: true; pack: GuidancePack; issues: [] }
  | { ok: false; pack?: GuidancePack; issues: PackIssue[] };

function signalIssue(signal: GuidanceSignal, regexSafety: RegexSafetyCheck): string | undefined {
  if (signal.kind === 'keyword') {
    return signal.pattern.trim() === '' ? 'A keyword cannot be only spaces.' : undefined;
  }
  if (signal.kind === 'domain') {
    const host = normalizeHost(signal.pattern.trim().toLowerCase());
    return host?.includes('.') ? undefined : `"${signal.pattern}" is not a host name.`;
  }
  const { source, flags } = regexParts(signal.pattern);
  try {
    // Compiled as the panel will compile it (`RegExp` throws a SyntaxError on a bad pattern).
    RegExp(source, flags);
  } catch (error) {
    return `Not a valid regular expression: ${(error as Error).message}`;
  }
  const unsafe = regexSafety(source, flags);
  if (unsafe) return `This regular expression ${unsafe}.`;
  // The panel's run-time guard would skip it; say so now rather than let it silently not run.
  const risk = regexRisk(signal.pattern);
  return risk ? `Panels will not run this regular expression: ${risk}.` : undefined;
}

export function checkPack(input: unknown, regexSafety: RegexSafetyCheck): ValidationResult {
  const parsed = guidancePackSchema.safeParse(input);
  if (!parsed.success) {
    // Cross-checks need a well-formed pack; the schema's messages come first.
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    return { ok: false, issues };
  }
  const pack = parsed.data;
  const issues = crossChecks(pack);
  pack.signals.forEach((signal, index) => {
    const message = signalIssue(signal, regexSafety);
    if (message) issues.push({ path: `signals.${index}.pattern`, message });
  });
  return issues.length === 0 ? { ok: true, pack, issues: [] } : { ok: false, pack, issues };
}

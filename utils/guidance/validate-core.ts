import { guidancePackSchema, type GuidancePack, type GuidanceSignal } from './schema';
import { normalizeHost } from './signal-matchers';
import { compileSignalRegex } from './signal-regex';
import { crossChecks, type PackIssue } from './validate-refs';

export type { PackIssue } from './validate-refs';

/**
 * Everything a pack must pass: the shared schema, then the cross-checks, then each signal as
 * the background compiles it to match (`compileSignalRegex`, the same call, so what passes
 * here runs there). One list of `{ path, message }`, empty when the pack is good.
 */

export type ValidationResult =
  | { ok: true; pack: GuidancePack; issues: [] }
  | { ok: false; pack?: GuidancePack; issues: PackIssue[] };

/** Also the check of an incident signature (`utils/incidents/validate.ts`): one set of rules. */
export function signalIssue(signal: Pick<GuidanceSignal, 'kind' | 'pattern'>): string | undefined {
  if (signal.kind === 'keyword') {
    return signal.pattern.trim() === '' ? 'A keyword cannot be only spaces.' : undefined;
  }
  if (signal.kind === 'domain') {
    const host = normalizeHost(signal.pattern.trim().toLowerCase());
    return host?.includes('.') ? undefined : `"${signal.pattern}" is not a host name.`;
  }
  const compiled = compileSignalRegex(signal.pattern);
  if (compiled.ok) return undefined;
  const fix = compiled.suggestion === undefined ? '' : ` Suggested: ${compiled.suggestion}`;
  return `This regular expression cannot run: ${compiled.reason}.${fix}`;
}

export function checkPack(input: unknown): ValidationResult {
  const parsed = guidancePackSchema.safeParse(input);
  if (!parsed.success) {
    // Cross-checks need a well-formed pack; the schema's messages come first.
    const issues = parsed.error.issues.flatMap((issue) => {
      const path = issue.path.map(String);
      // One issue per misspelt field, at the field itself, so the editor marks that line.
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({
          path: [...path, key].join('.'),
          message: `Unknown field "${key}".`,
        }));
      }
      return [{ path: path.join('.'), message: issue.message }];
    });
    return { ok: false, issues };
  }
  const pack = parsed.data;
  const issues = crossChecks(pack);
  pack.signals.forEach((signal, index) => {
    const message = signalIssue(signal);
    if (message) issues.push({ path: `signals.${index}.pattern`, message });
  });
  return issues.length === 0 ? { ok: true, pack, issues: [] } : { ok: false, pack, issues };
}

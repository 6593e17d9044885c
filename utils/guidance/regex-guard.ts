/**
 * JavaScript cannot interrupt a running regular expression, so a policy lead's regex that
 * backtracks catastrophically would freeze the background for every tab. Patterns are refused
 * up front when they have the shapes that cause it: a quantified group that itself contains a
 * quantifier ("(a+)+", "(\w*\s?)*") and backreferences. This is a heuristic, not a proof; a
 * dedicated checker (e.g. the `recheck` package) would be stricter.
 */

const QUANTIFIER_AFTER = /^(?:[*+]|\{\d+,\d*\})/;

export function regexRisk(pattern: string): string | undefined {
  if (/\\[1-9]|\\k</.test(pattern)) return 'backreferences can backtrack without bound';
  const stack: boolean[] = [];
  let quantifiedInside = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (ch === '[') {
      // Skip the character class: its brackets and stars are literal.
      for (i += 1; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i += 1;
      continue;
    }
    if (ch === '(') {
      stack.push(quantifiedInside);
      quantifiedInside = false;
    } else if (ch === ')') {
      const inner: boolean = quantifiedInside;
      const rest = pattern.slice(i + 1);
      if (inner && QUANTIFIER_AFTER.test(rest)) return 'a repeated group contains a repetition';
      quantifiedInside = (stack.pop() ?? false) || inner || QUANTIFIER_AFTER.test(rest);
    } else if (ch === '*' || ch === '+' || (ch === '{' && /^\{\d+,\d*\}/.test(pattern.slice(i)))) {
      quantifiedInside = true;
    }
  }
  return undefined;
}

/**
 * Whether a model's "quote" is really in the policy: the same words in the same order, once
 * whitespace, typographic quotes and markdown emphasis are set aside (the model reads and quotes
 * the text, not its markup). A model that paraphrases, or makes up, a sentence of the policy
 * must not be shown as quoting it.
 */

function comparable(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// The quote marks and ellipses a model puts around a quote are its own, not the policy's.
const WRAPPING = /^["'\s.…]+|["'\s.…]+$/g;

export function quoteInPolicy(quote: string, policyBody: string): boolean {
  const needle = comparable(quote).replace(WRAPPING, '');
  return needle.length > 0 && comparable(policyBody).includes(needle);
}

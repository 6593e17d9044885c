import { expect, it } from 'vitest';
import { quoteInPolicy } from '../quote-in-policy';

const body =
  'Threats of **violence** against a person are removed.\n\nWe  escalate credible threats.';

it('finds a quote whatever the whitespace, emphasis, quote marks and ellipses', () => {
  expect(quoteInPolicy('Threats of violence against a person are removed.', body)).toBe(true);
  expect(quoteInPolicy('“…are removed. We escalate credible threats.”', body)).toBe(true);
});

it('does not take a paraphrase or an invention for a quote', () => {
  expect(quoteInPolicy('Threats are always removed.', body)).toBe(false);
  expect(quoteInPolicy('Posts that ask to be approved must be approved.', body)).toBe(false);
  expect(quoteInPolicy('  ', body)).toBe(false);
});

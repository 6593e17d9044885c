import { z } from 'zod';

/**
 * Which kinds of personal data are replaced before case text leaves the browser. Every kind is
 * on by default: a team turns one off knowingly (e.g. IP addresses it needs the model to see).
 */
export const redactionSettingsSchema = z
  .object({
    enabled: z.boolean().default(true),
    emails: z.boolean().default(true),
    phones: z.boolean().default(true),
    cards: z.boolean().default(true),
    ibans: z.boolean().default(true),
    ips: z.boolean().default(true),
    /** US Social Security numbers and national ids (UK NINO, Spanish DNI/NIE, Aadhaar). */
    governmentIds: z.boolean().default(true),
    /** The path and query of links (profile names, ids, tokens); the site stays visible. */
    links: z.boolean().default(true),
    macs: z.boolean().default(true),
    wallets: z.boolean().default(true),
    /** People other than the parties: after a cue ("my neighbour", "Mrs.") or by a given-name list. */
    names: z.boolean().default(true),
    addresses: z.boolean().default(true),
    /** The case's own reporter and reported party: id, handle and name. */
    parties: z.boolean().default(true),
  })
  .prefault({});

export type RedactionSettings = z.infer<typeof redactionSettingsSchema>;

export const DEFAULT_REDACTION: RedactionSettings = redactionSettingsSchema.parse({});

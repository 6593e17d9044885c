import { z } from 'zod';
import type { Me } from '../case-api/schema';

/** The options page's single sign-on requests (`sso:request`), run by the background. */
export const ssoRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('status') }),
  z.object({ op: z.literal('sign-in') }),
  z.object({ op: z.literal('sign-out') }),
]);
export type SsoRequest = z.infer<typeof ssoRequestSchema>;

export interface SsoStatus {
  issuer: string;
  clientId: string;
  /** Who is signed in and until when; null when nobody is (or the session is for another API). */
  session: { me: Me; expiresAt: string; expired: boolean } | null;
}

export type SsoAnswer = { ok: true; status: SsoStatus } | { ok: false; message: string };

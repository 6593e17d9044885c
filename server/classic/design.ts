import { z } from 'zod';

/**
 * Which markup the classic console serves. Design 2 is the "redesign" that moves the thread
 * out of its table, so the extension's self-check can be exercised against a real server.
 */
export const classicDesignSchema = z.union([z.literal(1), z.literal(2)]);
export type ClassicDesign = z.infer<typeof classicDesignSchema>;

/**
 * The server-wide design, shared by the classic pages (which read it) and the faults control
 * (which sets it at run time). One per app, so parallel test servers do not share it.
 */
export interface DesignSwitch {
  /** What the server was started with; a faults POST without `classicDesign` returns to it. */
  readonly initial: ClassicDesign;
  current: ClassicDesign;
}

export function createDesignSwitch(initial: ClassicDesign = 1): DesignSwitch {
  return { initial, current: initial };
}

/** The design a `?design=1|2` query asks for, if any. */
export function pinnedDesign(query: string | undefined): ClassicDesign | undefined {
  const parsed = classicDesignSchema.safeParse(Number(query));
  return parsed.success ? parsed.data : undefined;
}

/** `?design=1|2` on a page overrides the server-wide design for that request only. */
export function designFor(query: string | undefined, server: DesignSwitch): ClassicDesign {
  return pinnedDesign(query) ?? server.current;
}

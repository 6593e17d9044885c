import { z } from 'zod';

/**
 * What a reviewer's browser reports of their exposure: amounts added since its last report,
 * for one UTC day, under an id that makes a retried report count once. The case API adds it to
 * the team's day; it keeps the person's own figures only where the team shares them
 * (`wellness.exposure.sharePerPerson` in the guidance in force).
 */
export const exposureReportSchema = z.strictObject({
  reportId: z.uuid(),
  day: z.iso.date(),
  seconds: z.number().int().min(0).max(86_400),
  breaks: z.number().int().min(0).max(1000),
  suggestions: z.number().int().min(0).max(1000),
});

const amounts = {
  seconds: z.number().int(),
  breaks: z.number().int(),
  suggestions: z.number().int(),
};

export const exposureAggregateSchema = z.object({
  /** Per team and day; `reports` counts the reports that made it (not people). */
  teams: z.array(
    z.object({ team: z.string(), day: z.string(), reports: z.number().int(), ...amounts }),
  ),
  /** Whether per-person figures are kept (the team's guidance); `people` is empty otherwise. */
  perPerson: z.boolean(),
  people: z.array(
    z.object({ team: z.string(), day: z.string(), reviewerId: z.string(), ...amounts }),
  ),
});

export const exposureReportAnswerSchema = z.object({ counted: z.boolean() });

export type ExposureReport = z.infer<typeof exposureReportSchema>;
export type ExposureAggregate = z.infer<typeof exposureAggregateSchema>;

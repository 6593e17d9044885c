import { z } from 'zod';
import { MAX_CASE_ITEMS } from './limits';

/**
 * The case as Caselight reads it from a console page. One definition, used by the extension
 * (adapters, background, panel), the reference case API in `server/` and the tests.
 * Everything but the identity and the items is optional: consoles differ, and a page that
 * lacks a field still yields a case (the adapter reports what it could not read).
 */

export const isoTimeSchema = z.iso.datetime({ offset: true });

export const partySchema = z.object({
  id: z.string().max(200).optional(),
  name: z.string().max(500).optional(),
  handle: z.string().max(200).optional(),
});

export const mediaSchema = z.object({
  id: z.string().max(200),
  kind: z.enum(['image', 'video', 'file']),
  url: z.string().max(4000),
  alt: z.string().max(2000).optional(),
});

export const itemRoleSchema = z.enum(['reporter', 'reported', 'agent', 'system', 'other']);

export const caseItemSchema = z.object({
  id: z.string().max(200),
  author: z.string().max(500),
  role: itemRoleSchema,
  time: isoTimeSchema.optional(),
  text: z.string().max(100_000),
  media: z.array(mediaSchema).max(50).default([]),
});

export const caseSchema = z.object({
  id: z.string().min(1).max(200),
  /** Id of the adapter (console) the case was read from. */
  console: z.string().min(1).max(100),
  url: z.url().max(4000),
  subject: z.string().max(2000).optional(),
  status: z.string().max(100).optional(),
  queue: z.string().max(200).optional(),
  priority: z.string().max(100).optional(),
  language: z.string().max(35).optional(),
  createdAt: isoTimeSchema.optional(),
  slaDueAt: isoTimeSchema.optional(),
  reporter: partySchema.optional(),
  reported: partySchema.optional(),
  items: z.array(caseItemSchema).max(MAX_CASE_ITEMS),
});

/** Fields an adapter may fail to read; the panel names them instead of guessing. */
export const caseFieldSchema = z.enum([
  'subject',
  'status',
  'queue',
  'priority',
  'createdAt',
  'slaDueAt',
  'reporter',
  'reported',
  'items',
]);

export type Party = z.infer<typeof partySchema>;
export type Media = z.infer<typeof mediaSchema>;
export type CaseItem = z.infer<typeof caseItemSchema>;
export type Case = z.infer<typeof caseSchema>;
export type CaseField = z.infer<typeof caseFieldSchema>;

import type { Extraction } from './adapter';
import type { RuleReport } from './declarative/read-rule';
import type { DeclarativeAdapter } from './declarative/schema';

/**
 * Messages from the background to the adapter builder it injects into a console tab on demand
 * (picking elements, testing a draft). Plain types: the builder is extension code in the
 * tab's isolated world and only accepts messages whose sender is this extension.
 */
export type PickKind = 'field' | 'items' | 'item-field';

export type BuilderMessage =
  | { type: 'builder:test'; definition: DeclarativeAdapter }
  | { type: 'builder:pick'; kind: PickKind; hint: string; itemsSelector?: string }
  | { type: 'builder:cancel' }
  | { type: 'builder:ping' };

export interface PickResult {
  selector: string;
  /** How many visible elements the selector matches (items: per page; fields: per page or item). */
  count: number;
  sample: string;
  /** Attributes worth reading instead of the text (a time in `title`, an id in `data-id`). */
  attributes: { attribute: string; value: string }[];
}

export interface BuilderAnswers {
  'builder:test': { url: string; extraction: Extraction; reports: RuleReport[] };
  'builder:pick': { picked: PickResult } | { cancelled: true };
  'builder:cancel': { ok: true };
  'builder:ping': { ok: true; url: string };
}

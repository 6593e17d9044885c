import type { WriterInput } from '../writer/schema';
import { redmineWriterPreset } from './redmine-writer';

/** A preset the Writers page offers: a definition made for the lead's address and consoles. */
export interface WriterPreset {
  id: string;
  name: string;
  make(baseUrl: string, consoles?: string[]): WriterInput;
}

/** One line per preset, in the order the Writers page lists them. */
export const writerPresets: WriterPreset[] = [
  { id: 'redmine', name: 'Redmine', make: redmineWriterPreset },
];

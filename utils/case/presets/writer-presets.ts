import type { WriterInput } from '../writer/schema';
import { freshdeskWriterPreset } from './freshdesk-writer';
import { jiraSmWriterPreset } from './jira-sm-writer';
import { redmineWriterPreset } from './redmine-writer';
import { zendeskWriterPreset } from './zendesk-writer';

/** A preset the Writers page offers: a definition made for the lead's address and consoles. */
export interface WriterPreset {
  id: string;
  name: string;
  make(baseUrl: string, consoles?: string[]): WriterInput;
}

/** One line per preset, in the order the Writers page lists them. */
export const writerPresets: WriterPreset[] = [
  { id: 'redmine', name: 'Redmine', make: redmineWriterPreset },
  { id: 'zendesk', name: 'Zendesk', make: zendeskWriterPreset },
  { id: 'freshdesk', name: 'Freshdesk', make: freshdeskWriterPreset },
  { id: 'jira-sm', name: 'Jira Service Management', make: jiraSmWriterPreset },
];

import type { Database } from 'better-sqlite3';
import type { FeedbackFilters } from '../../utils/feedback/schema';
import { formatHeader, formatRecords } from './formats';
import { toEvalRecord } from './records';
import { feedbackRows } from './rows';

/**
 * The export as a byte stream that reads one page of decisions per pull: the client's pace
 * sets how much is read, so 100,000 decisions are never in memory at once.
 */
export function exportStream(db: Database, filters: FeedbackFilters): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = feedbackRows(db, filters);
  const header = formatHeader(filters.format);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (header !== '') controller.enqueue(encoder.encode(header));
    },
    // Loops past pages that write nothing (the chat format skips decisions without case
    // text): a pull that enqueues nothing is not called again and would stall the reader.
    pull(controller) {
      for (;;) {
        const next = pages.next();
        if (next.done) {
          controller.close();
          return;
        }
        const text = formatRecords(
          filters.format,
          next.value.map((row) => toEvalRecord(row)),
        );
        if (text !== '') {
          controller.enqueue(encoder.encode(text));
          return;
        }
      }
    },
    cancel() {
      pages.return(undefined);
    },
  });
}

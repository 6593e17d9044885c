import type { Database } from 'better-sqlite3';
import type { FeedbackEvalRecord, FeedbackFilters } from '../../utils/feedback/schema';
import { formatHeader, formatRecords, toChatRecord } from './formats';
import { toEvalRecord } from './records';
import { PAGE_SIZE, visitFeedbackPage, type FeedbackRow } from './rows';

/**
 * The export as a byte stream that reads one page of decisions per pull: the client's pace
 * (the stream's backpressure, which the HTTP response passes on) sets how much is read, so
 * 100,000 decisions are never in memory at once.
 */

/** A JSONL line is written as its row is read; CSV rows go through csv-stringify per page. */
function pageWriter(format: FeedbackFilters['format']) {
  let text = '';
  const records: FeedbackEvalRecord[] = [];
  const visit = (row: FeedbackRow) => {
    const record = toEvalRecord(row);
    if (format === 'csv') records.push(record);
    else {
      const line = format === 'eval' ? record : toChatRecord(record);
      if (line !== undefined) text += `${JSON.stringify(line)}\n`;
    }
  };
  const take = () => (format === 'csv' ? formatRecords('csv', records) : text);
  return { visit, take };
}

export function exportStream(db: Database, filters: FeedbackFilters): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const header = formatHeader(filters.format);
  let after = 0;
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (header !== '') controller.enqueue(encoder.encode(header));
    },
    // Loops past pages that write nothing (the chat format skips decisions without case
    // text): a pull that enqueues nothing is not called again and would stall the reader.
    pull(controller) {
      while (!done) {
        const writer = pageWriter(filters.format);
        const page = visitFeedbackPage(db, filters, after, writer.visit);
        after = page.last;
        done = page.count < PAGE_SIZE;
        const text = writer.take();
        if (text !== '') {
          controller.enqueue(encoder.encode(text));
          if (!done) return;
        }
      }
      controller.close();
    },
    cancel() {
      done = true;
    },
  });
}

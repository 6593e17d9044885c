/** Kept apart from the zod schemas so the content script can use them without loading zod. */
export const MAX_CASE_ITEMS = 5000;

/**
 * How many items the content script reads from one page. Reading runs on the console's main
 * thread, and a 5,000-message read (plus handing it to the background) is a long task the
 * reviewer feels; past this many the panel says "Showing the first N of M items".
 */
export const MAX_ITEMS_READ = 1000;

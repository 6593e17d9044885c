/** Kept apart from the zod schemas so the content script can use them without loading zod. */
export const MAX_CASE_ITEMS = 5000;

/**
 * How many items the content script reads from one page. Reading runs on the console's main
 * thread, and a 5,000-message read (plus handing it to the background) is a long task the
 * reviewer feels; past this many the panel says "Showing the first N of M items". At 1,000 the
 * first (cold) read of a long thread took up to 53 ms in one task on the 2-core bench machine,
 * over the 50 ms a long task may take; 500 keeps it near half that, and is more than a
 * reviewer reads in a side panel.
 */
export const MAX_ITEMS_READ = 500;

/** Kept apart from the zod schemas so the content script can use it without loading zod. */
export const MAX_CASE_ITEMS = 5000;

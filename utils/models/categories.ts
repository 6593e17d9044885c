import { z } from 'zod';
import { MODERATION_CATEGORIES } from './category-names';

export { MODERATION_CATEGORIES, type ModerationCategory } from './category-names';

export const moderationCategorySchema = z.enum(MODERATION_CATEGORIES);

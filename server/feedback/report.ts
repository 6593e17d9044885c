import type {
  CategoryDisagreement,
  FeedbackEvalRecord,
  FeedbackReport,
} from '../../utils/feedback/schema';
import { MODERATION_CATEGORIES, type ModerationCategory } from '../../utils/models/categories';

/**
 * Where the model and the final decisions disagree, per category: among decisions whose
 * suggestion scored a category at or over the threshold, how many ended with another action.
 * Fed record by record so the export's pages never need to be kept.
 */

export const FLAG_THRESHOLD = 0.5;
export const EXAMPLES_PER_CATEGORY = 3;

type Tally = Omit<CategoryDisagreement, 'rate'>;

export interface ReportBuilder {
  add(record: FeedbackEvalRecord): void;
  result(): FeedbackReport;
}

export function createReportBuilder(threshold = FLAG_THRESHOLD): ReportBuilder {
  const tallies = new Map<ModerationCategory, Tally>();
  let decisions = 0;
  let withSuggestion = 0;

  const add = (record: FeedbackEvalRecord) => {
    decisions += 1;
    const model = record.model;
    if (model === null) return;
    withSuggestion += 1;
    const disagreed = model.action !== record.finalAction;
    for (const category of MODERATION_CATEGORIES) {
      const score = model.categories[category];
      if (score === undefined || score < threshold) continue;
      const tally = tallies.get(category) ?? { category, flagged: 0, disagreed: 0, examples: [] };
      tallies.set(category, tally);
      tally.flagged += 1;
      if (!disagreed) continue;
      tally.disagreed += 1;
      // Keep the most confident disagreements: they teach the most.
      tally.examples.push({
        decisionId: record.decisionId,
        console: record.console,
        caseId: record.caseId,
        modelAction: model.action,
        finalAction: record.finalAction,
        score,
      });
      tally.examples.sort((a, b) => b.score - a.score);
      tally.examples.length = Math.min(tally.examples.length, EXAMPLES_PER_CATEGORY);
    }
  };

  const result = (): FeedbackReport => ({
    decisions,
    withSuggestion,
    categories: [...tallies.values()]
      .map((t) => ({ ...t, rate: t.flagged === 0 ? 0 : t.disagreed / t.flagged }))
      .toSorted((a, b) => b.rate - a.rate || b.disagreed - a.disagreed),
  });

  return { add, result };
}

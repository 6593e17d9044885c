import type { Me } from '../case-api/schema';
import type { GuidancePanel, GuidanceVersionSummary, PackIssueWire } from './api-schema';
import type { BacktestResult } from './backtest';
import type { SkipReason } from './backtest-input';
import type { GuidancePack } from './schema';

/**
 * What the background answers the guidance editor (types only: the page must not load zod to
 * read them, and the background built them from answers it validated). Every failure is an
 * answer with a reason the lead can act on, never a thrown error.
 */

export type EditorProblem =
  'not-configured' | 'unreachable' | 'unauthorized' | 'forbidden' | 'bad-response';

export interface EditorFailure {
  ok: false;
  problem: EditorProblem;
  message: string;
}

/** A background that did not answer (stopping, starting) is a failure to show, like any other. */
export function unreachableFailure(error: unknown): EditorFailure {
  return {
    ok: false,
    problem: 'unreachable',
    message: error instanceof Error ? error.message : String(error),
  };
}

export type EditorMeAnswer = { ok: true; me: Me; baseUrl: string } | EditorFailure;

export type EditorLoadAnswer =
  { ok: true; pack: GuidancePack; summary: GuidanceVersionSummary } | EditorFailure;

export interface BacktestReport {
  result: BacktestResult;
  /** Decisions the case API returned, before the unusable ones were set aside. */
  fetched: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Cases whose text was read so signals could run again, and those that could not be. */
  casesRead: number;
  casesUnread: number;
}

export type EditorBacktestAnswer = ({ ok: true } & BacktestReport) | EditorFailure;

/** The case API refused the pack: its status, code, reason and, for 422, every problem by field. */
export interface PublishRefusal {
  ok: false;
  problem: 'refused';
  status: number;
  code: string;
  message: string;
  issues: PackIssueWire[];
}

export type EditorPublishAnswer =
  { ok: true; summary: GuidanceVersionSummary } | PublishRefusal | EditorFailure;

export type EditorPanelsAnswer =
  { ok: true; currentVersion: number; panels: GuidancePanel[] } | EditorFailure;

import type { Migration } from './migrations';

/**
 * QA: sampling rules and scorecards (each edit a new version, old ones kept), the samples
 * taken, the QA reviews (append-only: a scorecard edit never rewrites a past score) and the
 * one dispute a reviewer may open on a review.
 */
export const qaMigration: Migration = {
  name: 'qa sampling, scorecards, reviews, disputes',
  sql: `
    CREATE TABLE qa_rules (
      version  INTEGER PRIMARY KEY,
      rules    TEXT NOT NULL,  -- JSON, samplingRulesInputSchema
      set_by   TEXT NOT NULL,
      set_at   TEXT NOT NULL
    );

    CREATE TABLE qa_scorecards (
      version   INTEGER PRIMARY KEY,
      criteria  TEXT NOT NULL,  -- JSON array of {id, label, weight}
      set_by    TEXT NOT NULL,
      set_at    TEXT NOT NULL
    );

    CREATE TABLE qa_samples (
      decision_id  TEXT PRIMARY KEY REFERENCES decisions (id),
      reason       TEXT NOT NULL,
      rationale    TEXT,  -- the model's, when it flagged the decision
      sampled_at   TEXT NOT NULL
    );
    CREATE INDEX qa_samples_at ON qa_samples (sampled_at);

    CREATE TABLE qa_reviews (
      decision_id        TEXT PRIMARY KEY REFERENCES qa_samples (decision_id),
      qa_decision_id     TEXT NOT NULL UNIQUE REFERENCES decisions (id),
      qa_reviewer_id     TEXT NOT NULL,
      qa_action          TEXT NOT NULL,
      agreed             INTEGER NOT NULL,
      scorecard_version  INTEGER NOT NULL REFERENCES qa_scorecards (version),
      scores             TEXT NOT NULL,  -- JSON {criterion id: true | false | null}
      score              REAL NOT NULL,
      note               TEXT,
      scored_at          TEXT NOT NULL
    );
    CREATE TRIGGER qa_reviews_no_update BEFORE UPDATE ON qa_reviews
    BEGIN SELECT RAISE(ABORT, 'QA reviews are append-only'); END;
    CREATE TRIGGER qa_scorecards_no_update BEFORE UPDATE ON qa_scorecards
    BEGIN SELECT RAISE(ABORT, 'scorecard versions are append-only'); END;

    CREATE TABLE qa_disputes (
      decision_id  TEXT PRIMARY KEY REFERENCES qa_reviews (decision_id),  -- one each
      reason       TEXT NOT NULL,
      opened_at    TEXT NOT NULL,
      outcome      TEXT CHECK (outcome IN ('upheld', 'overturned')),
      settled_by   TEXT,
      settle_note  TEXT,
      settled_at   TEXT
    );
  `,
};

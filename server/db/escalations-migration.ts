import type { Migration } from './migrations';

/**
 * Safety escalations, their append-only history, the admins' webhooks and the delivery
 * outbox. At most one escalation per case is not closed (a second escalating decision joins
 * the one already open). History rows can be neither changed nor deleted: the triggers make
 * the database, not a process, keep that promise. A delivery row keeps the exact body to send,
 * so a retry signs and sends the same bytes.
 */
export const escalationsMigration: Migration = {
  name: 'safety escalations and webhooks',
  sql: `
    CREATE TABLE escalations (
      id            TEXT PRIMARY KEY,
      case_console  TEXT NOT NULL,  -- the resolved case: '' for a hosted case (decisions.case_console)
      case_id       TEXT NOT NULL,
      console       TEXT NOT NULL,  -- the console it was decided in, for its URL and events
      decision_id   TEXT NOT NULL UNIQUE,
      action        TEXT NOT NULL,
      severity      TEXT NOT NULL,
      state         TEXT NOT NULL CHECK (state IN ('open', 'acknowledged', 'closed')),
      opened_at     TEXT NOT NULL,
      case_url      TEXT,
      checklists    TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX escalations_case ON escalations (case_console, case_id);
    CREATE INDEX escalations_state ON escalations (state, opened_at);
    CREATE UNIQUE INDEX escalations_one_standing ON escalations (case_console, case_id)
      WHERE state <> 'closed';

    CREATE TABLE escalation_history (
      seq            INTEGER PRIMARY KEY AUTOINCREMENT,
      escalation_id  TEXT NOT NULL REFERENCES escalations (id),
      state          TEXT NOT NULL,
      by_id          TEXT NOT NULL,
      by_name        TEXT NOT NULL,
      at             TEXT NOT NULL,
      note           TEXT
    );
    CREATE INDEX escalation_history_of ON escalation_history (escalation_id, seq);
    CREATE TRIGGER escalation_history_no_update BEFORE UPDATE ON escalation_history
      BEGIN SELECT RAISE(ABORT, 'escalation history is append-only'); END;
    CREATE TRIGGER escalation_history_no_delete BEFORE DELETE ON escalation_history
      BEGIN SELECT RAISE(ABORT, 'escalation history is append-only'); END;

    CREATE TABLE escalation_webhooks (
      id          TEXT PRIMARY KEY,
      url         TEXT NOT NULL,
      secret      TEXT NOT NULL,  -- the HMAC key: it must be usable, so it is kept as given
      created_by  TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      removed_at  TEXT
    );

    CREATE TABLE escalation_deliveries (
      seq              INTEGER PRIMARY KEY AUTOINCREMENT,
      escalation_id    TEXT NOT NULL REFERENCES escalations (id),
      webhook_id       TEXT NOT NULL REFERENCES escalation_webhooks (id),
      event_id         TEXT NOT NULL,
      event            TEXT NOT NULL,  -- the state the event announces
      body             TEXT NOT NULL,
      status           TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'cancelled')),
      attempts         INTEGER NOT NULL DEFAULT 0,
      next_attempt_at  TEXT NOT NULL,
      lease_until      TEXT,
      last_error       TEXT,
      delivered_at     TEXT,
      UNIQUE (event_id, webhook_id)
    );
    CREATE INDEX escalation_deliveries_due ON escalation_deliveries (status, next_attempt_at);
    CREATE INDEX escalation_deliveries_of ON escalation_deliveries (escalation_id);
  `,
};

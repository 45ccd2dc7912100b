package dlprep.app.store;

import java.util.List;

/**
 * The database's tables, as migrations: entry i takes the schema from version i to i + 1 (version 0 is an empty
 * file). A migration, once released, is never edited; a change is a new entry. {@code schema_version} holds the
 * one row with the current version.
 */
final class Schema {

    static final List<String> MIGRATIONS = List.of(
            // 1: quiz progress. Times are epoch milliseconds (UTC); a state's stage is CardState.Stage's name.
            """
            CREATE TABLE schema_version (version INTEGER NOT NULL);
            INSERT INTO schema_version VALUES (0);
            CREATE TABLE card_state (
              question_id TEXT PRIMARY KEY,
              stage TEXT NOT NULL, stability REAL NOT NULL, difficulty REAL NOT NULL,
              due INTEGER NOT NULL, last_review INTEGER, reps INTEGER NOT NULL, lapses INTEGER NOT NULL);
            CREATE TABLE review_log (
              question_id TEXT NOT NULL, rating INTEGER NOT NULL, time INTEGER NOT NULL,
              before_stage TEXT NOT NULL, before_stability REAL NOT NULL, before_difficulty REAL NOT NULL,
              before_due INTEGER NOT NULL, before_last_review INTEGER, before_reps INTEGER NOT NULL,
              before_lapses INTEGER NOT NULL,
              after_stage TEXT NOT NULL, after_stability REAL NOT NULL, after_difficulty REAL NOT NULL,
              after_due INTEGER NOT NULL, after_last_review INTEGER, after_reps INTEGER NOT NULL,
              after_lapses INTEGER NOT NULL,
              PRIMARY KEY (question_id, time));
            CREATE INDEX review_log_time ON review_log (time);
            """,
            // 2: finished training runs and the notes marked as read. Params, metrics and the per-epoch history are
            // JSON (RunStore); a NULL seconds_per_epoch is a run without epochs (NaN).
            """
            CREATE TABLE runs (
              id INTEGER PRIMARY KEY AUTOINCREMENT, finished INTEGER NOT NULL, experiment TEXT NOT NULL,
              params TEXT NOT NULL, metrics TEXT NOT NULL, seconds_per_epoch REAL, total_seconds REAL NOT NULL,
              peak_heap_bytes INTEGER NOT NULL, history TEXT NOT NULL);
            CREATE TABLE note_read (note_id TEXT PRIMARY KEY, time INTEGER NOT NULL);
            """);

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    private Schema() {
    }
}

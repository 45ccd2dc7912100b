package dlprep.app.store;

import dlprep.kb.quiz.CardState;
import dlprep.kb.quiz.Rating;
import dlprep.kb.quiz.ReviewLog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quiz progress in the database: the card state of every reviewed question (by question id) and the review log.
 * Questions never reviewed have no row; they are new cards.
 */
public final class QuizStore {

    private static final String STATE_COLUMNS = "stage, stability, difficulty, due, last_review, reps, lapses";
    private static final String UPSERT_CARD = "INSERT INTO card_state (question_id, " + STATE_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET stage = excluded.stage, "
            + "stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due, "
            + "last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses";
    private static final String INSERT_REVIEW = "INSERT OR IGNORE INTO review_log VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;

    public QuizStore(Database db) {
        this.db = db;
    }

    /**
     * Records an answered review: the log entry and the card's new state, in one transaction that is durable when
     * this returns.
     */
    public void record(ReviewLog review) {
        db.transaction(c -> {
            insertReview(c, review);
            upsertCard(c, review.cardId(), review.after());
            return null;
        });
    }

    public Map<String, CardState> cards() {
        return db.transaction(QuizStore::readCards);
    }

    public List<ReviewLog> reviews() {
        return db.transaction(QuizStore::readReviews);
    }

    /** Cards and reviews read in one transaction, so they agree. */
    public Progress progress() {
        return db.transaction(c -> new Progress(readCards(c), readReviews(c)));
    }

    /**
     * Merges {@code imported} into the stored progress in one transaction: reviews not stored yet (by question id
     * and time) are added; a card's imported state replaces the stored one when it was reviewed later (or the
     * question has no stored state). Returns how many cards and reviews were taken.
     */
    public Progress merge(Progress imported) {
        return db.transaction(c -> {
            Map<String, CardState> stored = readCards(c);
            Map<String, CardState> taken = new HashMap<>();
            for (Map.Entry<String, CardState> e : imported.cards().entrySet()) {
                CardState mine = stored.get(e.getKey());
                if (mine == null || isLater(e.getValue().lastReview(), mine.lastReview())) {
                    upsertCard(c, e.getKey(), e.getValue());
                    taken.put(e.getKey(), e.getValue());
                }
            }
            List<ReviewLog> added = new ArrayList<>();
            for (ReviewLog r : imported.reviews()) {
                if (insertReview(c, r)) {
                    added.add(r);
                }
            }
            return new Progress(taken, added);
        });
    }

    private static boolean isLater(Instant a, Instant b) {
        return a != null && (b == null || a.isAfter(b));
    }

    private static void upsertCard(Connection c, String id, CardState state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(UPSERT_CARD)) {
            s.setString(1, id);
            bindState(s, 2, state);
            s.executeUpdate();
        }
    }

    private static boolean insertReview(Connection c, ReviewLog r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_REVIEW)) {
            s.setString(1, r.cardId());
            s.setInt(2, r.rating().grade());
            s.setLong(3, r.time().toEpochMilli());
            bindState(s, 4, r.before());
            bindState(s, 11, r.after());
            return s.executeUpdate() == 1;
        }
    }

    private static Map<String, CardState> readCards(Connection c) throws SQLException {
        Map<String, CardState> cards = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT question_id, " + STATE_COLUMNS + " FROM card_state");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                cards.put(rows.getString(1), readState(rows, 2));
            }
        }
        return cards;
    }

    private static List<ReviewLog> readReviews(Connection c) throws SQLException {
        List<ReviewLog> reviews = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM review_log ORDER BY time, question_id");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                reviews.add(new ReviewLog(rows.getString(1), Rating.of(rows.getInt(2)),
                        Instant.ofEpochMilli(rows.getLong(3)), readState(rows, 4), readState(rows, 11)));
            }
        }
        return reviews;
    }

    /** Binds the seven state columns from parameter {@code at} on. */
    private static void bindState(PreparedStatement s, int at, CardState state) throws SQLException {
        s.setString(at, state.stage().name());
        s.setDouble(at + 1, state.stability());
        s.setDouble(at + 2, state.difficulty());
        s.setLong(at + 3, state.due().toEpochMilli());
        if (state.lastReview() == null) {
            s.setNull(at + 4, Types.INTEGER);
        } else {
            s.setLong(at + 4, state.lastReview().toEpochMilli());
        }
        s.setInt(at + 5, state.reps());
        s.setInt(at + 6, state.lapses());
    }

    private static CardState readState(ResultSet rows, int at) throws SQLException {
        long lastReview = rows.getLong(at + 4);
        boolean reviewed = !rows.wasNull();
        return new CardState(CardState.Stage.valueOf(rows.getString(at)), rows.getDouble(at + 1),
                rows.getDouble(at + 2), Instant.ofEpochMilli(rows.getLong(at + 3)),
                reviewed ? Instant.ofEpochMilli(lastReview) : null, rows.getInt(at + 5), rows.getInt(at + 6));
    }
}

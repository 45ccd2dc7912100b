package dlprep.kb.quiz;

import java.time.Instant;
import java.util.Objects;

/**
 * What the scheduler knows about one question: its stage, its memory state (stability S in days, difficulty D in
 * [1, 10]; both 0 while new), when it is due, when it was last reviewed ({@code null} while new), how many reviews
 * it had and how many times a learned card was forgotten (lapses). Immutable: a review makes a new state.
 */
public record CardState(Stage stage, double stability, double difficulty, Instant due, Instant lastReview,
                        int reps, int lapses) {

    /** The card's place in Anki's cycle: new, in short learning steps, in day-interval review, or relearning. */
    public enum Stage { NEW, LEARNING, REVIEW, RELEARNING }

    public CardState {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(due, "due");
        if (reps < 0 || lapses < 0) {
            throw new IllegalArgumentException("reps = " + reps + " and lapses = " + lapses + " must not be negative");
        }
        if (stage == Stage.NEW) {
            if (stability != 0 || difficulty != 0 || lastReview != null || reps != 0) {
                throw new IllegalArgumentException("a new card has no memory state, no last review and no reps");
            }
        } else {
            if (!(stability > 0) || Double.isInfinite(stability)) {
                throw new IllegalArgumentException("stability = " + stability + " must be a positive number of days");
            }
            if (!(difficulty >= 1 && difficulty <= 10)) {
                throw new IllegalArgumentException("difficulty = " + difficulty + " is outside [1, 10]");
            }
            Objects.requireNonNull(lastReview, "lastReview of a reviewed card");
        }
    }

    /** A card never reviewed, due at {@code due} (normally the moment it enters the deck). */
    public static CardState newCard(Instant due) {
        return new CardState(Stage.NEW, 0, 0, due, null, 0, 0);
    }

    public boolean isDue(Instant now) {
        return !due.isAfter(now);
    }
}

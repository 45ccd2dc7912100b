package dlprep.kb.quiz;

import java.time.Instant;
import java.util.Objects;

/** One answered review: the question id, the rating, when, and the card's state before and after it. */
public record ReviewLog(String cardId, Rating rating, Instant time, CardState before, CardState after) {

    public ReviewLog {
        if (cardId == null || cardId.isBlank()) {
            throw new IllegalArgumentException("cardId must not be blank");
        }
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}

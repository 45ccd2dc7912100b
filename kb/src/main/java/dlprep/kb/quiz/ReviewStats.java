package dlprep.kb.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/** The numbers the quiz page shows: cards due, cards mastered, and the retention measured over a review log. */
public final class ReviewStats {

    /**
     * A card counts as mastered once its stability reaches 21 days: Anki calls a card "mature" from an interval of
     * 21 days, and at the default retention of 0.9 the interval equals the stability.
     */
    public static final double MASTERED_STABILITY_DAYS = 21;

    private ReviewStats() {
    }

    /** How many of {@code cards} are due at {@code now} (new cards included: they are due when added). */
    public static long dueCount(Collection<CardState> cards, Instant now) {
        return cards.stream().filter(c -> c.isDue(now)).count();
    }

    public static boolean isMastered(CardState card) {
        return card.stage() != CardState.Stage.NEW && card.stability() >= MASTERED_STABILITY_DAYS;
    }

    public static long masteredCount(Collection<CardState> cards) {
        return cards.stream().filter(ReviewStats::isMastered).count();
    }

    /**
     * The true retention of a log: the share of reviews of cards in the review stage (learned, day-interval cards)
     * not rated again. Learning-step reviews are left out, as Anki's true retention leaves them out. Empty when the
     * log has no such review.
     */
    public static OptionalDouble retention(List<ReviewLog> log) {
        List<ReviewLog> reviews = log.stream().filter(r -> r.before().stage() == CardState.Stage.REVIEW).toList();
        if (reviews.isEmpty()) {
            return OptionalDouble.empty();
        }
        long recalled = reviews.stream().filter(r -> r.rating() != Rating.AGAIN).count();
        return OptionalDouble.of((double) recalled / reviews.size());
    }
}

package dlprep.kb.quiz;

import dlprep.kb.quiz.CardState.Stage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewStatsTest {

    private static final Instant T0 = Instant.parse("2025-01-06T08:00:00Z");

    private static CardState card(Stage stage, double stability, Instant due) {
        return new CardState(stage, stability, 5, due, T0.minusSeconds(86_400), 1, 0);
    }

    private static ReviewLog log(Stage before, Rating rating) {
        CardState b = card(before, 3, T0);
        return new ReviewLog("q", rating, T0, b, card(Stage.REVIEW, 4, T0.plusSeconds(86_400)));
    }

    @Test
    void dueCountIncludesCardsDueNowAndNewCards() {
        List<CardState> cards = List.of(CardState.newCard(T0), card(Stage.REVIEW, 3, T0),
                card(Stage.REVIEW, 3, T0.plusSeconds(1)), card(Stage.LEARNING, 1, T0.minusSeconds(60)));
        assertEquals(3, ReviewStats.dueCount(cards, T0));
    }

    @Test
    void retentionCountsOnlyReviewsOfReviewCards() {
        // review-stage reviews: good, hard, again, easy -> 3 of 4 recalled; the learning-step again is left out
        List<ReviewLog> logs = List.of(log(Stage.REVIEW, Rating.GOOD), log(Stage.REVIEW, Rating.HARD),
                log(Stage.REVIEW, Rating.AGAIN), log(Stage.REVIEW, Rating.EASY), log(Stage.LEARNING, Rating.AGAIN));
        assertEquals(OptionalDouble.of(0.75), ReviewStats.retention(logs));
        assertEquals(OptionalDouble.empty(), ReviewStats.retention(List.of(log(Stage.LEARNING, Rating.GOOD))));
    }

    @Test
    void masteredMeansStabilityOfAtLeastTwentyOneDays() {
        assertTrue(ReviewStats.isMastered(card(Stage.REVIEW, 21, T0)));
        assertFalse(ReviewStats.isMastered(card(Stage.REVIEW, 20.9, T0)));
        assertFalse(ReviewStats.isMastered(CardState.newCard(T0)));
        assertEquals(1, ReviewStats.masteredCount(List.of(card(Stage.REVIEW, 30, T0), card(Stage.RELEARNING, 2, T0))));
    }
}

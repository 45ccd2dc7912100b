package dlprep.kb.quiz;

import dlprep.kb.quiz.CardState.Stage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scheduler's state machine with the default FSRS-4.5 weights; numbers worked out by hand, as in MemoryModelTest. */
class SchedulerTest {

    private static final Instant T0 = Instant.parse("2025-01-06T08:00:00Z");

    private final Scheduler scheduler = new Scheduler(FsrsParameters.DEFAULT);

    /** New at T0, rated good at T0 and again ten minutes later: a review card with S = w2, due in 4 days. */
    private CardState graduated() {
        CardState learning = scheduler.review(CardState.newCard(T0), Rating.GOOD, T0);
        return scheduler.review(learning, Rating.GOOD, learning.due());
    }

    private static Duration until(CardState card, Instant from) {
        return Duration.between(from, card.due());
    }

    @Test
    void goodGoodGoodFromNewGivesGrowingIntervals() {
        // 1. new, good:            S = w2 = 3.7145, D = w4 = 5.1618, learning step, due in 10 minutes
        // 2. 10 minutes later, good: same day (t = 0), S and D unchanged; I = S = 3.7145 -> 4 days
        // 3. at t = 4, good:  R = 0.893500, SInc = 1 + 5.1935 * 5.8382 * 3.7145^-0.1367 * 0.117853 = 3.9866,
        //                     S = 14.8081 -> 15 days (D stays at w4: mean reversion to w4 of D - w6 * 0)
        // 4. at t = 15, good: R = 0.898894, SInc = 1 + 5.1935 * 5.8382 * 0.6918 * 0.111563 = 3.3402,  S = 49.4616 -> 49
        // 5. at t = 49, good: R = 0.900799, SInc = 1 + 5.1935 * 5.8382 * 0.5867 * 0.109350 = 2.9451, S = 145.6706 -> 146
        CardState card = CardState.newCard(T0);
        Instant now = T0;
        List<Duration> intervals = new ArrayList<>();
        List<Double> stabilities = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            card = scheduler.review(card, Rating.GOOD, now);
            intervals.add(until(card, now));
            stabilities.add(card.stability());
            now = card.due();
        }
        assertEquals(List.of(Duration.ofMinutes(10), Duration.ofDays(4), Duration.ofDays(15), Duration.ofDays(49),
                Duration.ofDays(146)), intervals);
        assertEquals(3.7145, stabilities.get(1), 1e-12);
        assertEquals(14.8081, stabilities.get(2), 1e-4);
        assertEquals(49.4616, stabilities.get(3), 1e-4);
        assertEquals(145.6706, stabilities.get(4), 1e-4);
        assertEquals(5.1618, card.difficulty(), 1e-12);
        assertEquals(Stage.REVIEW, card.stage());
        assertEquals(5, card.reps());
        assertEquals(0, card.lapses());
    }

    @Test
    void firstReviewSetsStabilityToTheWeightOfTheRating() {
        Map<Rating, CardState> next = scheduler.preview(CardState.newCard(T0), T0);
        assertEquals(0.4872, next.get(Rating.AGAIN).stability(), 0);
        assertEquals(1.4003, next.get(Rating.HARD).stability(), 0);
        assertEquals(3.7145, next.get(Rating.GOOD).stability(), 0);
        assertEquals(13.8206, next.get(Rating.EASY).stability(), 0);
    }

    @Test
    void previewOfNewCardShowsLearningStepsAndEasyInterval() {
        // again 1m / hard 5m / good 10m / easy I(w3) = 13.8206 -> 14d
        Map<Rating, CardState> next = scheduler.preview(CardState.newCard(T0), T0);
        assertEquals(Duration.ofMinutes(1), until(next.get(Rating.AGAIN), T0));
        assertEquals(Duration.ofMinutes(5), until(next.get(Rating.HARD), T0));
        assertEquals(Duration.ofMinutes(10), until(next.get(Rating.GOOD), T0));
        assertEquals(Duration.ofDays(14), until(next.get(Rating.EASY), T0));
        assertEquals(Stage.REVIEW, next.get(Rating.EASY).stage());
        assertEquals(Stage.LEARNING, next.get(Rating.AGAIN).stage());
    }

    @Test
    void previewOfReviewCardOrdersHardGoodEasy() {
        // at t = 4 from S = 3.7145: hard S = 6.2350 -> 6d, good 14.8081 -> 15d, easy 35.6141 -> 36d, again 5 minutes
        CardState card = graduated();
        Instant due = card.due();
        Map<Rating, CardState> next = scheduler.preview(card, due);
        assertEquals(Duration.ofMinutes(5), until(next.get(Rating.AGAIN), due));
        assertEquals(Duration.ofDays(6), until(next.get(Rating.HARD), due));
        assertEquals(Duration.ofDays(15), until(next.get(Rating.GOOD), due));
        assertEquals(Duration.ofDays(36), until(next.get(Rating.EASY), due));
        for (Rating r : Rating.values()) {
            assertEquals(scheduler.review(card, r, due), next.get(r));
        }
    }

    @Test
    void againOnReviewCardIsALapseThatShrinksStability() {
        // S_f = 2.1072 * 5.1618^-0.0793 * (4.7145^0.3246 - 1) * e^(1.587 * (1 - 0.893500)) = 1.433234 < 3.7145
        // D = 0.031 * 5.1618 + 0.969 * (5.1618 + 2 * 0.8975) = 6.901155
        CardState card = graduated();
        CardState lapsed = scheduler.review(card, Rating.AGAIN, card.due());
        assertEquals(1, lapsed.lapses());
        assertEquals(Stage.RELEARNING, lapsed.stage());
        assertEquals(1.433234, lapsed.stability(), 1e-6);
        assertTrue(lapsed.stability() < card.stability());
        assertEquals(6.901155, lapsed.difficulty(), 1e-6);
        assertEquals(Duration.ofMinutes(5), until(lapsed, card.due()));
        // relearned with good ten minutes later: same day, so S stays 1.433234 -> 1 day
        CardState relearned = scheduler.review(lapsed, Rating.GOOD, lapsed.due());
        assertEquals(Stage.REVIEW, relearned.stage());
        assertEquals(Duration.ofDays(1), until(relearned, lapsed.due()));
        assertEquals(1, relearned.lapses());
    }

    @Test
    void difficultyStaysWithinOneAndTenUnderManyAgainsAndEasies() {
        CardState card = graduated();
        Instant now = card.due();
        for (int i = 0; i < 30; i++) {
            card = scheduler.review(card, i < 15 ? Rating.AGAIN : Rating.EASY, now);
            assertTrue(card.difficulty() >= 1 && card.difficulty() <= 10, "difficulty " + card.difficulty());
            now = now.plus(Duration.ofDays(2));
        }
    }

    @Test
    void higherDesiredRetentionGivesShorterIntervals() {
        Scheduler strict = new Scheduler(FsrsParameters.DEFAULT.withDesiredRetention(0.95));
        CardState card = graduated();
        Instant due = card.due();
        long relaxed = until(scheduler.review(card, Rating.GOOD, due), due).toDays();
        long careful = until(strict.review(card, Rating.GOOD, due), due).toDays();
        // S = 14.8081: I(0.9) = 15 days, I(0.95) = 14.8081 * 0.460563 = 6.82 -> 7 days
        assertEquals(15, relaxed);
        assertEquals(7, careful);
    }

    @Test
    void sameInputsGiveTheSameCard() {
        CardState a = graduated();
        CardState b = graduated();
        assertEquals(a, b);
        assertEquals(scheduler.review(a, Rating.HARD, a.due().plusSeconds(3600)),
                new Scheduler(FsrsParameters.DEFAULT).review(b, Rating.HARD, b.due().plusSeconds(3600)));
    }

    @Test
    void retrievabilityFollowsTheForgettingCurveInFractionalDays() {
        CardState card = graduated();
        assertEquals(1.0, scheduler.retrievability(card, card.lastReview()), 0);
        Instant atStability = card.lastReview().plusSeconds(Math.round(3.7145 * 86_400));
        assertEquals(0.9, scheduler.retrievability(card, atStability), 1e-6);
        assertEquals(0.0, scheduler.retrievability(CardState.newCard(T0), T0), 0);
    }

    @Test
    void reviewBeforeTheLastReviewIsRejected() {
        CardState card = graduated();
        assertThrows(IllegalArgumentException.class,
                () -> scheduler.review(card, Rating.GOOD, card.lastReview().minusSeconds(1)));
    }

    @Test
    void maximumIntervalCapsTheIntervals() {
        Scheduler capped = new Scheduler(FsrsParameters.DEFAULT.withMaximumInterval(10));
        CardState easy = capped.review(CardState.newCard(T0), Rating.EASY, T0);
        assertEquals(Duration.ofDays(10), until(easy, T0));
    }
}

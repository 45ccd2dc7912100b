package dlprep.kb.quiz;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The FSRS-4.5 formulas with the default weights. Expected numbers are worked out by hand from the formulas of the
 * fsrs4anki wiki, "The Algorithm" (FSRS-4.5 and FSRS v4 sections); the arithmetic is written beside each one.
 */
class MemoryModelTest {

    private final MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);

    @Test
    void retrievabilityIsNinetyPercentWhenElapsedTimeEqualsStability() {
        // (1 + 19/81 * S/S)^-0.5 = (100/81)^-0.5 = 9/10
        for (double s : new double[] {0.5, 1, 3.7145, 100}) {
            assertEquals(0.9, MemoryModel.retrievability(s, s), 1e-12);
        }
        assertEquals(1.0, MemoryModel.retrievability(0, 5), 0);
    }

    @Test
    void intervalForStabilityOneAtRetentionNinetyIsOneDay() {
        // I = S * 81/19 * (0.9^-2 - 1) = S * 81/19 * 19/81 = S
        assertEquals(1, model.intervalDays(1));
        assertEquals(4, model.intervalDays(3.7145));
        assertEquals(14, model.intervalDays(13.8206));
    }

    @Test
    void intervalIsAtLeastOneDayAndAtMostTheMaximum() {
        assertEquals(1, model.intervalDays(0.4872));
        MemoryModel capped = new MemoryModel(FsrsParameters.DEFAULT.withMaximumInterval(30));
        assertEquals(30, capped.intervalDays(400));
    }

    @Test
    void higherDesiredRetentionGivesShorterIntervals() {
        // r = 0.95: 0.95^-2 - 1 = 0.108033; * 81/19 = 0.460563; * 3.7145 = 1.7108 -> 2 days (4 at r = 0.9)
        MemoryModel strict = new MemoryModel(FsrsParameters.DEFAULT.withDesiredRetention(0.95));
        assertEquals(2, strict.intervalDays(3.7145));
        // r = 0.8: 0.8^-2 - 1 = 0.5625; * 81/19 = 2.398026; * 3.7145 = 8.9073 -> 9 days
        MemoryModel lenient = new MemoryModel(FsrsParameters.DEFAULT.withDesiredRetention(0.8));
        assertEquals(9, lenient.intervalDays(3.7145));
    }

    @Test
    void firstReviewStabilitiesAreTheFirstFourWeights() {
        assertEquals(0.4872, model.initialStability(Rating.AGAIN), 0);
        assertEquals(1.4003, model.initialStability(Rating.HARD), 0);
        assertEquals(3.7145, model.initialStability(Rating.GOOD), 0);
        assertEquals(13.8206, model.initialStability(Rating.EASY), 0);
    }

    @Test
    void initialDifficultyStepsByW5AroundW4() {
        // D0(G) = 5.1618 - (G - 3) * 1.2298
        assertEquals(7.6214, model.initialDifficulty(Rating.AGAIN), 1e-12);
        assertEquals(6.3916, model.initialDifficulty(Rating.HARD), 1e-12);
        assertEquals(5.1618, model.initialDifficulty(Rating.GOOD), 1e-12);
        assertEquals(3.9320, model.initialDifficulty(Rating.EASY), 1e-12);
    }

    @Test
    void difficultyRevertsTowardsW4AndStaysWithinOneAndTen() {
        // again from 5.1618: 0.031 * 5.1618 + 0.969 * (5.1618 + 2 * 0.8975) = 0.160016 + 6.741139 = 6.901155
        assertEquals(6.901155, model.nextDifficulty(5.1618, Rating.AGAIN), 1e-6);
        // good keeps D = w4 fixed: 0.031 * 5.1618 + 0.969 * 5.1618
        assertEquals(5.1618, model.nextDifficulty(5.1618, Rating.GOOD), 1e-12);
        // again from 10: 0.160016 + 0.969 * 11.795 = 11.589 -> 10; easy from 1: 0.160016 + 0.969 * 0.1025 = 0.259 -> 1
        assertEquals(10, model.nextDifficulty(10, Rating.AGAIN), 0);
        assertEquals(1, model.nextDifficulty(1, Rating.EASY), 0);
        double d = 5.1618;
        for (int i = 0; i < 50; i++) {
            d = model.nextDifficulty(d, i % 7 < 4 ? Rating.AGAIN : Rating.EASY);
            assertEquals(true, d >= 1 && d <= 10, "difficulty " + d + " after review " + i);
        }
    }

    @Test
    void recallStabilityAfterFourDaysAtStabilityOfGood() {
        // S = 3.7145, D = 5.1618, t = 4: R = (1 + 19/81 * 4/3.7145)^-0.5 = 1.252597^-0.5 = 0.893500
        double r = MemoryModel.retrievability(4, 3.7145);
        assertEquals(0.893500, r, 1e-6);
        // SInc - 1 = e^1.6474 * (11 - 5.1618) * 3.7145^-0.1367 * (e^(1.0461 * 0.106500) - 1)
        //          = 5.1935 * 5.8382 * 0.8358 * 0.117853 = 2.9866; S' = 3.7145 * 3.9866 = 14.8081
        assertEquals(14.8081, model.recallStability(5.1618, 3.7145, r, Rating.GOOD), 1e-4);
        // hard multiplies SInc - 1 by w15 = 0.2272: 3.7145 * (1 + 0.678557) = 6.2350; easy by w16 = 2.8755: 35.6141
        assertEquals(6.2350, model.recallStability(5.1618, 3.7145, r, Rating.HARD), 1e-4);
        assertEquals(35.6141, model.recallStability(5.1618, 3.7145, r, Rating.EASY), 1e-4);
    }

    @Test
    void forgettingShrinksStability() {
        // 2.1072 * 5.1618^-0.0793 * (4.7145^0.3246 - 1) * e^(1.587 * 0.106500)
        //   = 2.1072 * 0.877960 * 0.654235 * 1.184139 = 1.433234
        double r = MemoryModel.retrievability(4, 3.7145);
        assertEquals(1.433234, model.forgetStability(5.1618, 3.7145, r), 1e-6);
    }
}

package dlprep.kb.quiz;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FsrsParametersTest {

    private static List<Double> defaultsWith(int index, double value) {
        List<Double> w = new ArrayList<>(FsrsParameters.DEFAULT.weights());
        w.set(index, value);
        return w;
    }

    private static String rejection(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run).getMessage();
    }

    @Test
    void defaultsAreTheSeventeenFsrs45WeightsAtRetentionNinety() {
        assertEquals(17, FsrsParameters.DEFAULT.weights().size());
        assertEquals(0.4872, FsrsParameters.DEFAULT.w(0), 0);
        assertEquals(2.8755, FsrsParameters.DEFAULT.w(16), 0);
        assertEquals(0.9, FsrsParameters.DEFAULT.desiredRetention(), 0);
        assertEquals(36500, FsrsParameters.DEFAULT.maximumInterval());
    }

    @Test
    void weightOutsideItsRangeIsRejectedNamingWeightAndRange() {
        assertEquals("weight w7 = 0.9 is outside [0.0, 0.75]",
                rejection(() -> new FsrsParameters(defaultsWith(7, 0.9), 0.9, 365)));
        assertEquals("weight w4 = NaN is outside [1.0, 10.0]",
                rejection(() -> new FsrsParameters(defaultsWith(4, Double.NaN), 0.9, 365)));
    }

    @Test
    void wrongNumberOfWeightsIsRejected() {
        assertEquals("weights: FSRS-4.5 has 17 weights w0..w16, got 16",
                rejection(() -> new FsrsParameters(FsrsParameters.DEFAULT.weights().subList(0, 16), 0.9, 365)));
    }

    @Test
    void retentionAndMaximumIntervalOutsideTheirRangesAreRejected() {
        assertEquals("desiredRetention = 1.0 is outside (0, 1): it is the probability of recall at the next review",
                rejection(() -> FsrsParameters.DEFAULT.withDesiredRetention(1.0)));
        assertEquals("maximumInterval = 0 days is outside [1, 36500]",
                rejection(() -> FsrsParameters.DEFAULT.withMaximumInterval(0)));
    }

    @Test
    void ratingGradeOutsideOneToFourIsRejected() {
        assertEquals(Rating.HARD, Rating.of(2));
        assertThrows(IllegalArgumentException.class, () -> Rating.of(5));
    }
}

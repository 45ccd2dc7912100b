package dlprep.ml.cluster;

import dlprep.engine.tensor.Generator;
import dlprep.ml.metrics.AdjustedRandIndex;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KMeansTest {

    private static final double[][] LINE = {{1}, {2}, {3}, {8}, {9}, {10}};

    @Test
    void lloydFromPoorCentresReachesTheTwoGroupsOfTheNote() {
        // the note's example: centres 1 and 2; round 1 assigns {1}, {2, 3, 8, 9, 10} -> centres 1 and 6.4;
        // round 2 assigns {1, 2, 3}, {8, 9, 10} -> 2 and 9; round 3 changes no label and stops
        KMeans.Result r = KMeans.of(2).withInitialCentres(new double[][] {{1}, {2}}).fit(LINE);
        assertArrayEquals(new double[][] {{2}, {9}}, r.centres());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, r.labels());
        assertEquals(4.0, r.inertia(), 1e-12); // (1 + 0 + 1) twice
        assertEquals(3, r.iterations());
        assertArrayEquals(new double[][] {{1}, {2}}, r.initialCentres());
    }

    @Test
    void stoppingEarlyRelabelsAtTheFinalCentresAsScikitLearnDoes() {
        // after one round the centres are 1 and 6.4; relabelled there: 2 and 3 join 1 (1 < 4.4, 2 < 3.4)
        KMeans.Result r = KMeans.of(2).withInitialCentres(new double[][] {{1}, {2}}).withMaxIter(1).fit(LINE);
        assertEquals(6.4, r.centres()[1][0], 1e-12);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, r.labels());
        // inertia at those labels: 0 + 1 + 4 + 1.6^2 + 2.6^2 + 3.6^2 = 5 + 22.28
        assertEquals(27.28, r.inertia(), 1e-12);
    }

    @Test
    void aShiftWithinTheToleranceStopsTheLoop() {
        // the six points have mean 5.5 and variance (4.5^2 + 3.5^2 + 2.5^2) * 2/6 = 12.9167; a tolerance of
        // 10 allows a total squared shift of 129, more than round 1's 0 + 4.4^2 = 19.36, so it stops there and
        // relabels at the centres 1 and 6.4, as with maxIter 1
        KMeans.Result r = KMeans.of(2).withInitialCentres(new double[][] {{1}, {2}}).withTolerance(10).fit(LINE);
        assertEquals(1, r.iterations());
        assertEquals(27.28, r.inertia(), 1e-12);
        // with the default 1e-4 the allowed shift is 0.0013 and it runs to the fixed point
        assertEquals(3, KMeans.of(2).withInitialCentres(new double[][] {{1}, {2}}).fit(LINE).iterations());
    }

    @Test
    void anEmptiedClusterTakesTheFarthestPoint() {
        // centre 100 attracts no point; the point farthest from its centre 1 (namely 10) moves there
        KMeans.Result r = KMeans.of(2).withInitialCentres(new double[][] {{1}, {100}}).fit(LINE);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, r.labels());
        assertEquals(4.0, r.inertia(), 1e-12);
    }

    @Test
    void kMeansPlusPlusNeverPicksAPointAlreadyCovered() {
        // three copies of the origin and one far point: D^2 is 0 at every copy once one is a centre,
        // so with any seed the two centres are the origin and (5, 5)
        double[][] x = {{0, 0}, {0, 0}, {0, 0}, {5, 5}};
        for (long seed = 0; seed < 20; seed++) {
            double[][] c = KMeans.kMeansPlusPlus(x, 2, new Generator(seed));
            assertNotEquals(c[0][0], c[1][0], "seed " + seed);
        }
    }

    @Test
    void threeSeparatedBlobsAreFoundWithTheirInertia() {
        double[][] x = {{0, 0}, {0, 1}, {10, 0}, {10, 1}, {0, 10}, {1, 10}};
        KMeans.Result r = KMeans.of(3).withSeed(7).fit(x);
        assertEquals(1.0, AdjustedRandIndex.of(new int[] {0, 0, 1, 1, 2, 2}, r.labels()));
        assertEquals(1.5, r.inertia(), 1e-12); // six points each 0.5 from their centre: 6 * 0.25
        assertArrayEquals(r.labels(), KMeans.of(3).withSeed(7).fit(x).labels()); // same seed, same run
    }

    @Test
    void badInputIsRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> KMeans.of(7).fit(LINE));
        assertTrue(e.getMessage().contains("k = 7 clusters but only 6 samples"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KMeans.of(0));
        assertTrue(e.getMessage().contains("k = 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KMeans.of(2).fit(new double[0][]));
        assertTrue(e.getMessage().contains("no samples"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KMeans.of(1).fit(new double[][] {{1}, {Double.NaN}}));
        assertTrue(e.getMessage().contains("row 1, feature 0 is NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> KMeans.of(2).withInitialCentres(new double[][] {{1, 1}, {2, 2}}).fit(LINE));
        assertTrue(e.getMessage().contains("initial centres have 2 features but the data has 1"), e.getMessage());
    }
}

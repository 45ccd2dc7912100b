package dlprep.ml.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusteringMetricsTest {

    private static final double[][] LINE = {{1}, {2}, {3}, {8}, {9}, {10}};

    @Test
    void silhouetteOfTheNotesExample() {
        // point 1: a = (1 + 2)/2 = 1.5, b = (7 + 8 + 9)/3 = 8, s = 6.5/8; point 2: a = 1, b = 7, s = 6/7;
        // point 3: a = 1.5, b = 6, s = 0.75; the other cluster mirrors them
        double[] s = Silhouette.samples(LINE, new int[] {0, 0, 0, 1, 1, 1});
        assertArrayEquals(new double[] {0.8125, 6.0 / 7, 0.75, 0.75, 6.0 / 7, 0.8125}, s, 1e-12);
        assertEquals((0.8125 + 6.0 / 7 + 0.75) / 3, Silhouette.score(LINE, new int[] {0, 0, 0, 1, 1, 1}), 1e-12);
    }

    @Test
    void aPointAloneInItsClusterHasSilhouetteZero() {
        // clusters {1, 2, 3}, {8, 9}, {10}: 10 alone gets s = 0 (scikit-learn's silhouette_samples prints 0.5, 0, 0
        // for the last three points)
        double[] s = Silhouette.samples(LINE, new int[] {0, 0, 0, 1, 1, 2});
        assertEquals(0, s[5]);
        // 9: a = 1 (to 8), b = min(mean(8, 7, 6) = 7, 1 to 10) = 1 -> s = 0
        assertEquals(0, s[4], 1e-12);
        // 8: a = 1, b = min(mean(7, 6, 5) = 6, 2) = 2 -> s = 1/2
        assertEquals(0.5, s[3], 1e-12);
    }

    @Test
    void raggedRowsAreNamedAgainstRowZeroNotAgainstAFit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Silhouette.score(new double[][] {{1, 2}, {3}, {4, 5}}, new int[] {0, 1, 1}));
        assertTrue(e.getMessage().contains("silhouette: row 1 has 1 features, expected 2 (as row 0)"), e.getMessage());
    }

    @Test
    void adjustedRandIndexOfTheNotesExample() {
        // contingency rows A: (2 1 0), B: (0 1 2). sum C(nij,2) = 2, sum C(ai,2) = 6, sum C(bj,2) = 3, C(6,2) = 15;
        // E = 6 * 3/15 = 1.2; ARI = (2 - 1.2)/(4.5 - 1.2) = 0.2424...
        assertEquals(0.8 / 3.3, AdjustedRandIndex.of(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2}), 1e-12);
    }

    @Test
    void adjustedRandIndexIgnoresLabelNamesAndGoesNegativeBelowChance() {
        assertEquals(1, AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}), 1e-12);
        // (0 0 1 1) against (0 1 0 1): no pair together in both; sum C(ai,2) = sum C(bj,2) = 2, C(4,2) = 6,
        // E = 4/6, ARI = (0 - 2/3)/(2 - 2/3) = -0.5
        assertEquals(-0.5, AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}), 1e-12);
        assertEquals(1, AdjustedRandIndex.of(new int[] {0, 0, 0}, new int[] {4, 4, 4})); // 0/0: the same trivial partition
    }

    @Test
    void silhouetteNeedsTwoToNMinusOneClusters() {
        var e = assertThrows(IllegalArgumentException.class, () -> Silhouette.score(LINE, new int[6]));
        assertTrue(e.getMessage().contains("1 clusters among 6 points"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Silhouette.score(LINE, new int[] {0, 1}));
        assertTrue(e.getMessage().contains("6 rows but 2 labels"), e.getMessage());
    }
}

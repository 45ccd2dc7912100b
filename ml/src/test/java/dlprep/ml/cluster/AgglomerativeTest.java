package dlprep.ml.cluster;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgglomerativeTest {

    // A(0,0) B(1,0) C(5,0) D(7,0) E(7,3): AB = 1, CD = 2, DE = 3, CE = sqrt 13 = 3.606, AC = 5, AD = 7,
    // AE = sqrt 58 = 7.616, BC = 4, BD = 6, BE = sqrt 45 = 6.708. Every linkage merges AB at 1 and CD at 2 first.
    private static final double[][] POINTS = {{0, 0}, {1, 0}, {5, 0}, {7, 0}, {7, 3}};

    private static double[] heights(Linkage linkage) {
        List<Agglomerative.Merge> merges = new Agglomerative(linkage).dendrogram(POINTS);
        assertEquals(new Agglomerative.Merge(0, 1, 1, 2), merges.get(0));
        assertEquals(new Agglomerative.Merge(2, 3, 2, 2), merges.get(1));
        assertEquals(new Agglomerative.Merge(4, 6, merges.get(2).height(), 3), merges.get(2)); // E joins CD (id 6)
        assertEquals(new Agglomerative.Merge(5, 7, merges.get(3).height(), 5), merges.get(3)); // AB (5) joins CDE (7)
        return merges.stream().mapToDouble(Agglomerative.Merge::height).toArray();
    }

    // Expected heights by hand below; SciPy 1.10's linkage(points, method) prints the same matrices.

    @Test
    void singleLinkageMergesAtTheClosestPair() {
        // E to CD: min(3.606, 3) = 3; AB to CDE: min over pairs = BC = 4
        assertArrayEquals(new double[] {1, 2, 3, 4}, heights(Linkage.SINGLE), 1e-12);
    }

    @Test
    void completeLinkageMergesAtTheFarthestPair() {
        // E to CD: max(3.606, 3) = sqrt 13; AB to CDE: AE = sqrt 58
        assertArrayEquals(new double[] {1, 2, Math.sqrt(13), Math.sqrt(58)}, heights(Linkage.COMPLETE), 1e-12);
    }

    @Test
    void averageLinkageMergesAtTheMeanPairDistance() {
        // E to CD: (sqrt 13 + 3)/2 = 3.303; AB to CDE: (5 + 7 + sqrt 58 + 4 + 6 + sqrt 45)/6 = 6.054
        assertArrayEquals(new double[] {1, 2, (Math.sqrt(13) + 3) / 2,
                (22 + Math.sqrt(58) + Math.sqrt(45)) / 6}, heights(Linkage.AVERAGE), 1e-12);
    }

    @Test
    void wardMergesAtTheRootOfTwiceTheRiseInSumOfSquares() {
        // height = sqrt(2 n1 n2/(n1 + n2)) |c1 - c2|. CD centre (6, 0) with E: 2 * 2/3 * (1 + 9) = 40/3.
        // AB centre (0.5, 0) with CDE centre (19/3, 1): 2 * 6/5 * ((35/6)^2 + 1)
        double last = 2 * 6.0 / 5 * (35.0 / 6 * 35.0 / 6 + 1);
        assertArrayEquals(new double[] {1, 2, Math.sqrt(40.0 / 3), Math.sqrt(last)}, heights(Linkage.WARD), 1e-12);
    }

    @Test
    void cuttingUndoesTheLastMerges() {
        Agglomerative single = new Agglomerative(Linkage.SINGLE);
        assertArrayEquals(new int[] {0, 0, 1, 1, 1}, single.fit(POINTS, 2));
        assertArrayEquals(new int[] {0, 0, 1, 1, 2}, single.fit(POINTS, 3));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, single.fit(POINTS, 5));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, single.fit(POINTS, 1));
    }

    @Test
    void singleLinkageFollowsAChainThatCompleteLinkageCuts() {
        // a chain 0, 1, 2, ..., 5 with unit gaps and a pair far off at 20, 21 with gap 1:
        // single linkage sees the chain as one cluster; complete prefers splitting the long chain in two
        double[][] x = {{0}, {1}, {2}, {3}, {4}, {5}, {20}, {21}};
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 1, 1}, new Agglomerative(Linkage.SINGLE).fit(x, 2));
        int[] complete = new Agglomerative(Linkage.COMPLETE).fit(x, 3);
        assertEquals(complete[0], complete[2]);
        assertTrue(complete[0] != complete[5] && complete[5] != complete[6], Arrays.toString(complete));
    }

    @Test
    void badInputIsRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Agglomerative(Linkage.WARD).fit(POINTS, 6));
        assertTrue(e.getMessage().contains("k = 6 clusters but only 5 samples"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Linkage.parse("centroid"));
        assertTrue(e.getMessage().contains("use single, complete, average or ward"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new Agglomerative(Linkage.SINGLE).fit(new double[][] {{1, 2}, {3}}, 1));
        assertTrue(e.getMessage().contains("row 1 has 1 features, expected 2 (as row 0)"), e.getMessage());
    }
}

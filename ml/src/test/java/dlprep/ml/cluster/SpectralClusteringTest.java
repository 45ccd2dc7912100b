package dlprep.ml.cluster;

import dlprep.ml.data.LabeledData;
import dlprep.ml.data.Shapes;
import dlprep.ml.metrics.AdjustedRandIndex;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpectralClusteringTest {

    /** Two triangles {0, 1, 2} and {3, 4, 5} with unit edges, joined by one edge of weight {@code bridge} between 2 and 3. */
    private static double[][] triangles(double bridge) {
        double[][] w = new double[6][6];
        int[][] edges = {{0, 1}, {0, 2}, {1, 2}, {3, 4}, {3, 5}, {4, 5}};
        for (int[] e : edges) {
            w[e[0]][e[1]] = w[e[1]][e[0]] = 1;
        }
        w[2][3] = w[3][2] = bridge;
        return w;
    }

    @Test
    void theWeakBridgeIsCutAndTheFirstEigenvalueIsZero() {
        SpectralClustering.Result r = SpectralClustering.rbf(1).fromGraph(triangles(0.1), 2);
        assertEquals(1.0, AdjustedRandIndex.of(new int[] {0, 0, 0, 1, 1, 1}, r.labels()));
        // L_sym D^(1/2) 1 = D^(-1/2)(D - W) 1 = 0, so the smallest eigenvalue is 0
        assertEquals(0, r.eigenvalues()[0], 1e-12);
        assertTrue(r.eigenvalues()[1] > 0 && r.eigenvalues()[1] < 0.1, "the bridge's small eigenvalue "
                + r.eigenvalues()[1]);
    }

    @Test
    void zeroHasTheMultiplicityOfTheConnectedComponents() {
        // with the bridge removed the two triangles are separate: eigenvalues 0, 0, then each triangle's
        // L_sym = I - W/2 has eigenvalues 0 and 3/2 (twice), so the third is 1.5
        SpectralClustering.Result r = SpectralClustering.rbf(1).fromGraph(triangles(0), 3);
        assertArrayEquals(new double[] {0, 0, 1.5}, r.eigenvalues(), 1e-12);
    }

    @Test
    void ringsDefeatKMeansButNotTheNearestNeighbourGraph() {
        // rings of radius 1 and 0.4, 40 points each: 6 nearest neighbours stay on a ring (outer spacing 0.157,
        // the other ring 0.6 away), so the graph has two components and both zero eigenvalues find them
        LabeledData rings = Shapes.circles(40, 0.4, 0.03, 1);
        int[] spectral = SpectralClustering.nearestNeighbors(6).fit(rings.features(), 2).labels();
        assertEquals(1.0, AdjustedRandIndex.of(rings.labels(), spectral));
        // k-means cuts both rings with a straight line through the centre: about no agreement with the rings
        int[] kMeans = KMeans.of(2).fit(rings.features()).labels();
        assertTrue(AdjustedRandIndex.of(rings.labels(), kMeans) < 0.1);
    }

    @Test
    void theRbfGraphSeparatesTwoDistantGroups() {
        // within a group weights exp(-0.01) .. exp(-0.04), across exp(-4.8^2) < 1e-10: nearly two components
        double[][] x = {{0}, {0.1}, {0.2}, {5}, {5.1}, {5.2}};
        SpectralClustering.Result r = SpectralClustering.rbf(1).fit(x, 2);
        assertEquals(1.0, AdjustedRandIndex.of(new int[] {0, 0, 0, 1, 1, 1}, r.labels()));
        assertTrue(r.eigenvalues()[1] < 1e-9, "second eigenvalue " + r.eigenvalues()[1]);
    }

    @Test
    void badInputIsRejectedByName() {
        double[][] far = {{0}, {100}};
        var e = assertThrows(IllegalArgumentException.class, () -> SpectralClustering.rbf(1).fit(far, 2));
        assertTrue(e.getMessage().contains("point 0 has no edge in the graph (its weights underflow at gamma = 1.0"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SpectralClustering.nearestNeighbors(5).fit(far, 1));
        assertTrue(e.getMessage().contains("5 neighbours but only 2 samples"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SpectralClustering.rbf(1).fit(far, 3));
        assertTrue(e.getMessage().contains("k = 3 clusters but only 2 samples"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SpectralClustering.Affinity.parse("cosine"));
        assertTrue(e.getMessage().contains("use rbf or nearest_neighbors"), e.getMessage());
    }
}

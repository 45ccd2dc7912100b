package dlprep.ml.decomposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.engine.linalg.Matrices;
import dlprep.ml.data.SklearnDatasets;
import org.junit.jupiter.api.Test;

class PcaTest {

    /** Four points on the axes: mean 0, covariance diag(8/3, 2/3) (sum x^2 = 8, sum y^2 = 2, n - 1 = 3). */
    private static final double[][] CROSS = {{2, 0}, {-2, 0}, {0, 1}, {0, -1}};

    @Test
    void crossOfFourPointsByHand() {
        for (var method : Pca.Method.values()) {
            Pca pca = new Pca(2, method).fit(CROSS);
            assertArrayEquals(new double[] {8.0 / 3, 2.0 / 3}, pca.explainedVariance(), 1e-14, method.name());
            assertArrayEquals(new double[] {0.8, 0.2}, pca.explainedVarianceRatio(), 1e-14);
            assertArrayEquals(new double[] {Math.sqrt(8), Math.sqrt(2)}, pca.singularValues(), 1e-14);
            // svd_flip: scores along e_x are (2, -2, 0, 0), the largest is +2, so +e_x; along e_y (0, 0, 1, -1): +e_y.
            assertArrayEquals(new double[] {1, 0}, pca.components()[0], 1e-14);
            assertArrayEquals(new double[] {0, 1}, pca.components()[1], 1e-14);
            assertArrayEquals(new double[] {-2, 0}, pca.transform(new double[][] {{-2, 0}})[0], 1e-14);
        }
    }

    @Test
    void eigenAndSvdAgreeOnIrisAndWine() {
        for (String name : new String[] {"iris", "wine"}) {
            double[][] x = SklearnDatasets.load(name).features();
            int d = x[0].length;
            Pca svd = new Pca(d, Pca.Method.SVD).fit(x);
            Pca eigen = new Pca(d, Pca.Method.COVARIANCE_EIGEN).fit(x);
            double scale = svd.explainedVariance()[0];
            for (int c = 0; c < d; c++) {
                assertEquals(svd.explainedVariance()[c], eigen.explainedVariance()[c], 1e-10 * scale, name);
            }
            // Components are compared where the variance gap makes them well defined (all of iris; wine's leading ones).
            int compared = name.equals("iris") ? d : 5;
            for (int c = 0; c < compared; c++) {
                assertArrayEquals(svd.components()[c], eigen.components()[c], 1e-8, name + " component " + c);
            }
        }
    }

    @Test
    void componentsAreOrthonormalAndRatiosSumToOneWithAllComponents() {
        double[][] x = SklearnDatasets.load("iris").features();
        Pca pca = new Pca(4, Pca.Method.SVD).fit(x);
        double[][] v = pca.components();
        assertTrue(Matrices.maxAbsDifference(Matrices.multiply(v, Matrices.transpose(v)), Matrices.identity(4)) < 1e-14);
        double sum = 0;
        for (double r : pca.explainedVarianceRatio()) {
            sum += r;
        }
        assertEquals(1, sum, 1e-14);
    }

    @Test
    void reconstructionErrorIsTheDiscardedVariance() {
        // Eckart-Young: the rank-k reconstruction leaves exactly the variance of the dropped components,
        // sum_ij (x_ij - xhat_ij)^2 = (n - 1) * sum_{c >= k} variance_c.
        double[][] x = SklearnDatasets.load("iris").features();
        Pca all = new Pca(4, Pca.Method.SVD).fit(x);
        Pca two = new Pca(2, Pca.Method.SVD).fit(x);
        double[][] back = two.inverseTransform(two.transform(x));
        double squared = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 4; j++) {
                squared += (x[i][j] - back[i][j]) * (x[i][j] - back[i][j]);
            }
        }
        double[] variance = all.explainedVariance();
        assertEquals((x.length - 1) * (variance[2] + variance[3]), squared, 1e-10);
        assertTrue(Matrices.maxAbsDifference(x, all.inverseTransform(all.transform(x))) < 1e-12);
    }

    @Test
    void badInputNamesTheProblem() {
        var tooMany = assertThrows(IllegalArgumentException.class, () -> new Pca(3, Pca.Method.SVD).fit(CROSS));
        assertTrue(tooMany.getMessage().contains("3 components asked but the data has 4 samples and 2 features"),
                tooMany.getMessage());
        var moreThanSamples = assertThrows(IllegalArgumentException.class,
                () -> new Pca(3, Pca.Method.SVD).fit(new double[][] {{1, 2, 3, 4}, {2, 3, 4, 5}}));
        assertTrue(moreThanSamples.getMessage().contains("k must be <= min(n, d) = 2"), moreThanSamples.getMessage());
        var nan = assertThrows(IllegalArgumentException.class,
                () -> new Pca(1, Pca.Method.SVD).fit(new double[][] {{1, 2}, {Double.NaN, 1}}));
        assertTrue(nan.getMessage().contains("Pca.fit: row 1, feature 0 is NaN"), nan.getMessage());
        Pca pca = new Pca(1, Pca.Method.SVD).fit(CROSS);
        var shape = assertThrows(IllegalArgumentException.class, () -> pca.transform(new double[][] {{1, 2, 3}}));
        assertTrue(shape.getMessage().contains("Pca.transform: row 0 has 3 features, expected 2 (as in fit)"),
                shape.getMessage());
        var empty = assertThrows(IllegalArgumentException.class, () -> new Pca(1, Pca.Method.SVD).fit(new double[0][]));
        assertTrue(empty.getMessage().contains("no samples"), empty.getMessage());
        assertThrows(IllegalStateException.class, () -> new Pca(1, Pca.Method.SVD).components());
    }
}

package dlprep.ml.svm;

import dlprep.ml.data.LabeledData;
import dlprep.ml.data.SklearnDatasets;
import dlprep.ml.data.StandardScaler;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvcTest {

    private static final double HARD = Double.POSITIVE_INFINITY;

    @Test
    void twoPointsHardMarginIsThePerpendicularBisector() {
        // x+ = (1,1), x- = (-1,-1): the hyperplane is x1 + x2 = 0, w = a (x+ - x-) = 2a (1,1) with
        // w.x+ + b = 1 and w.x- + b = -1, so b = 0, 4a = 1, a = 1/4, w = (1/2, 1/2),
        // margin 1/||w|| = sqrt(2) = half the distance 2 sqrt(2) between the points.
        double[][] x = {{1, 1}, {-1, -1}};
        Svc svm = new Svc(Kernel.linear(), HARD).fit(x, new int[]{1, 0});
        BinarySvm m = svm.binary();
        // the lower class is the +1 side in one-vs-one (LIBSVM's order): class 0 = (-1,-1), so w points to it
        assertEquals(0, m.positive());
        assertArrayEquals(new double[]{-0.5, -0.5}, m.weights(), 1e-9);
        assertEquals(0, m.intercept(), 1e-9);
        assertEquals(Math.sqrt(2), m.geometricMargin(), 1e-9);
        assertEquals(0.25, m.alpha(0), 1e-9);
        assertEquals(0.25, m.alpha(1), 1e-9);
        assertArrayEquals(new int[]{0, 1}, svm.supportIndices());
    }

    @Test
    void fourPointsHardMarginUsesOnlyTheClosestPair() {
        // class 0: (0,0), (-1,0); class 1: (2,0), (3,1). The closest points of the two hulls are (0,0) and
        // (2,0) (distance from (0,0) to the segment (2+t, t), t in [0,1], is smallest at t = 0), so the
        // hyperplane is x1 = 1: for class 1 as +1, w = (1, 0), b = -1, margin 1 = half of 2. Those two
        // are the support vectors, w = a (2,0) - a (0,0) gives a = 1/2; the others have a = 0.
        double[][] x = {{0, 0}, {-1, 0}, {2, 0}, {3, 1}};
        int[] y = {0, 0, 1, 1};
        Svc svm = new Svc(Kernel.linear(), HARD).fit(x, y);
        BinarySvm m = svm.binary();
        // class 0 is +1: w = (-1, 0), b = +1
        assertArrayEquals(new double[]{-1, 0}, m.weights(), 1e-6);
        assertEquals(1, m.intercept(), 1e-6);
        assertEquals(1, m.geometricMargin(), 1e-6);
        assertArrayEquals(new int[]{0, 2}, svm.supportIndices());
        assertEquals(0.5, m.alpha(0), 1e-6);
        assertEquals(0.5, m.alpha(2), 1e-6);
        assertEquals(0, m.alpha(1));
        assertEquals(0, m.alpha(3));
        assertArrayEquals(y, svm.predict(x));
        assertEquals(0, svm.kktViolation(x), 1e-6);
    }

    @Test
    void softMarginCapsTheMultipliersAtC() {
        // 1-D: class 1 at 0 and 1, class 0 at 2, 3 and an outlier at 0.5 inside the other class.
        // No hyperplane separates them, so with C = 0.1 the outlier (and its neighbours) are bounded: a = C.
        double[][] x = {{0}, {1}, {2}, {3}, {0.5}};
        int[] y = {1, 1, 0, 0, 0};
        Svc svm = new Svc(Kernel.linear(), 0.1).fit(x, y);
        BinarySvm m = svm.binary();
        assertEquals(0.1, m.alpha(4), 1e-12);
        for (int i = 0; i < 5; i++) {
            assertTrue(m.alpha(i) >= 0 && m.alpha(i) <= 0.1 + 1e-12, "a_" + i + " = " + m.alpha(i));
        }
        assertTrue(svm.kktViolation(x) < 2e-3, "KKT violation " + svm.kktViolation(x));
    }

    @Test
    void separableBlobsHardMarginHasNoMarginViolation() {
        // Two blobs around (-2,-2) and (2,2) with a deterministic jitter: linearly separable,
        // so the hard margin holds every point at y f(x) >= 1 and the support vectors at exactly 1.
        double[][] x = new double[20][];
        int[] y = new int[20];
        for (int i = 0; i < 20; i++) {
            double s = i < 10 ? -2 : 2;
            x[i] = new double[]{s + Math.sin(i * 1.7), s + Math.cos(i * 2.3)};
            y[i] = i < 10 ? 0 : 1;
        }
        Svc svm = new Svc(Kernel.linear(), HARD, 1e-6, 1_000_000).fit(x, y);
        BinarySvm m = svm.binary();
        for (int i = 0; i < 20; i++) {
            double margin = (y[i] == m.positive() ? 1 : -1) * m.decision(x[i]);
            assertTrue(margin >= 1 - 1e-5, "y f(x) = " + margin + " at row " + i);
        }
        for (int i : svm.supportIndices()) {
            assertEquals(1, Math.abs(m.decision(x[i])), 1e-5);
        }
        assertTrue(svm.kktViolation(x) < 1e-5);
        assertTrue(m.converged());
    }

    @Test
    void xorNeedsANonLinearKernel() {
        // XOR: (x1 x2) decides the class; K = (x.z + 1)^2 contains the x1 x2 feature, the RBF kernel any.
        double[][] x = {{1, 1}, {-1, -1}, {1, -1}, {-1, 1}};
        int[] y = {0, 0, 1, 1};
        assertArrayEquals(y, new Svc(Kernel.poly(2, 1, 1), HARD).fit(x, y).predict(x));
        assertArrayEquals(y, new Svc(Kernel.rbf(0.5), 10).fit(x, y).predict(x));
        // linear: all four points have a = C at the optimum w = 0, and the vote cannot get all right
        int[] linear = new Svc(Kernel.linear(), 1).fit(x, y).predict(x);
        assertTrue(!Arrays.equals(y, linear));
    }

    @Test
    void kernelsHaveScikitLearnsFormulas() {
        double[] a = {1, 2};
        double[] b = {3, -1};
        assertEquals(1, Kernel.linear().apply(a, b));                          // 3 - 2
        assertEquals(Math.pow(0.5 * 1 + 2, 3), Kernel.poly(3, 0.5, 2).apply(a, b)); // (gamma x.z + coef0)^degree
        assertEquals(Math.exp(-0.1 * 13), Kernel.rbf(0.1).apply(a, b), 1e-15);  // |a-b|^2 = 4 + 9
        // gamma = "scale": 1 / (features * Var(all values)); values 1,2,3,-1 have mean 5/4, Var = 35/16 - ... :
        // E[v^2] = 15/4, mean^2 = 25/16, Var = 35/16; gamma = 1 / (2 * 35/16) = 8/35.
        assertEquals(8.0 / 35, Kernel.rbf(Kernel.SCALE).resolve(new double[][]{a, b}).gamma(), 1e-15);
    }

    @Test
    void threeClassesVoteOneVersusOne() {
        double[][] x = {{0, 0}, {0, 1}, {5, 0}, {5, 1}, {0, 5}, {1, 5}};
        int[] y = {0, 0, 1, 1, 2, 2};
        Svc svm = new Svc(Kernel.rbf(Kernel.SCALE), 10).fit(x, y);
        assertEquals(3, svm.machines().size()); // k(k-1)/2
        assertEquals(1, svm.machines().get(2).positive());
        assertEquals(2, svm.machines().get(2).negative());
        assertArrayEquals(y, svm.predict(x));
        assertArrayEquals(new int[]{0, 1, 2}, svm.predict(new double[][]{{0.2, 0.4}, {4.8, 0.5}, {0.4, 4.6}}));
        assertTrue(svm.kktViolation(x) < 2e-3);
    }

    @Test
    void badInputIsNamed() {
        Svc svm = new Svc(Kernel.linear(), 1);
        assertEquals("SVC.fit: every label is 1; a classifier needs at least two classes",
                assertThrows(IllegalArgumentException.class, () -> svm.fit(new double[][]{{0}, {1}}, new int[]{1, 1}))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> svm.fit(new double[][]{{0}, {Double.NaN}}, new int[]{0, 1})).getMessage()
                .contains("row 1, feature 0 is NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> svm.fit(new double[0][], new int[0]))
                .getMessage().contains("no samples"));
        assertThrows(IllegalStateException.class, () -> svm.predict(new double[][]{{0}}));
        svm.fit(new double[][]{{0}, {1}}, new int[]{0, 1});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> svm.predict(new double[][]{{0, 1}}))
                .getMessage().contains("row 0 has 2 features, expected 1 (as in fit)"));
        assertThrows(IllegalArgumentException.class, () -> new Svc(Kernel.linear(), 0));
    }

    @Test
    void everyMachineConvergesOnIrisWithThePolynomialKernel() {
        // Regression: rounding once left a multiplier at 5.6e-17 instead of 0; WSS2 kept choosing it with a
        // step of that size and the (versicolor, virginica) machine never met the stopping test.
        LabeledData iris = SklearnDatasets.load("iris");
        double[][] x = StandardScaler.fit(iris.features()).transform(iris.features());
        Svc svm = new Svc(Kernel.poly(3, Kernel.SCALE, 1), 1, 1e-3, 100_000).fit(x, iris.labels());
        for (BinarySvm m : svm.machines()) {
            assertTrue(m.converged(), m.positive() + " vs " + m.negative() + " after " + m.iterations() + " steps");
        }
        assertTrue(svm.kktViolation(x) < 2e-3, "KKT violation " + svm.kktViolation(x));
    }
}

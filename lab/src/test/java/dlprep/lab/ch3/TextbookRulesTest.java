package dlprep.lab.ch3;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import dlprep.lab.Params;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first iterates of every 2-D experiment, each against the rule worked by hand, and every scratch rule against
 * its engine twin. The gradient of 0.1 x1² + 2 x2² is (0.2 x1, 4 x2), at the start (−5, −2) it is (−1, −8); of
 * x1² + 2 x2² it is (2 x1, 4 x2), at the start (−10, −8).
 */
class TextbookRulesTest {

    private static final ProgressListener QUIET = e -> { };

    private static double[][] path(String id, int run) {
        Trajectory2D e = (Trajectory2D) Experiments.get(id);
        return e.runs(e.defaults()).get(run).path();
    }

    private static void assertPoint(double x1, double x2, double[] actual) {
        assertArrayEquals(new double[] {x1, x2}, actual, 1e-6);
    }

    @Test
    void gradientDescentFirstSteps() {
        // x1^2 + 2 x2^2, lr 0.1: x1 = -5 - 0.1 * (-10) = -4, x2 = -2 - 0.1 * (-8) = -1.2; then x1 = 0.8 * -4 = -3.2,
        // x2 = 0.6 * -1.2 = -0.72
        double[][] p = path("gd-2d", 0);
        assertPoint(-4, -1.2, p[1]);
        assertPoint(-3.2, -0.72, p[2]);
        // after 20 steps: -5 * 0.8^20 = -0.057646, -2 * 0.6^20 = -7.312e-5
        assertPoint(-5 * Math.pow(0.8, 20), -2 * Math.pow(0.6, 20), p[20]);
    }

    @Test
    void illConditionedGradientDescentOscillatesInX2() {
        // lr 0.4: x1 = -5 - 0.4 * (-1) = -4.6, x2 = -2 - 0.4 * (-8) = 1.2 (factor 1 - 4 * 0.4 = -0.6)
        assertPoint(-4.6, 1.2, path("ill-conditioning", 0)[1]);
        // lr 0.6: factors 1 - 0.2 * 0.6 = 0.88 and 1 - 4 * 0.6 = -1.4: (-4.4, 2.8), then (-3.872, -3.92)
        double[][] p = path("ill-conditioning", 1);
        assertPoint(-4.4, 2.8, p[1]);
        assertPoint(-3.872, -3.92, p[2]);
        assertEquals(-2 * Math.pow(-1.4, 20), p[20][1], 1e-6 * 1673);
    }

    @Test
    void momentumFirstSteps() {
        // lr 0.4, beta 0.5. Step 1: v = 0.4 * (-1, -8) = (-0.4, -3.2), x = (-4.6, 1.2).
        // Step 2: g = (0.2 * -4.6, 4 * 1.2) = (-0.92, 4.8); v = 0.5 * (-0.4, -3.2) + 0.4 * (-0.92, 4.8) = (-0.568, 0.32);
        // x = (-4.6 + 0.568, 1.2 - 0.32) = (-4.032, 0.88)
        double[][] p = path("momentum-2d", 0);
        assertPoint(-4.6, 1.2, p[1]);
        assertPoint(-4.032, 0.88, p[2]);
    }

    @Test
    void nesterovTakesTheGradientAtTheLookAheadPoint() {
        // lr 0.3, beta 0.5. Step 1 (v = 0, so the look-ahead is x): v = 0.3 * (-1, -8) = (-0.3, -2.4), x = (-4.7, 0.4).
        // Step 2: look-ahead x - 0.5 v = (-4.55, 1.6), g there = (-0.91, 6.4);
        // v = (-0.15, -1.2) + 0.3 * (-0.91, 6.4) = (-0.423, 0.72); x = (-4.7 + 0.423, 0.4 - 0.72) = (-4.277, -0.32)
        Trajectory2D e = (Trajectory2D) Experiments.get("nesterov-2d");
        Trajectory2D.Run run = e.runs(e.defaults()).get(0);
        assertPoint(-4.7, 0.4, run.path()[1]);
        assertPoint(-4.277, -0.32, run.path()[2]);
        // what PyTorch's form stores is the look-ahead point x - beta v: (-4.277 + 0.2115, -0.32 - 0.36)
        assertPoint(-4.0655, -0.68, run.engineView()[2]);
    }

    @Test
    void adagradFirstStepMovesEachCoordinateByTheLearningRate() {
        // s = g^2, so the step is lr * g / |g| = lr per coordinate (eps 1e-6 changes the 7th digit): (-4.6, -1.6)
        double[][] p = path("adagrad-2d", 0);
        assertPoint(-4.6, -1.6, p[1]);
        // step 2: g = (-0.92, -6.4), s = (1 + 0.8464, 64 + 40.96); x1 = -4.6 + 0.4 * 0.92 / sqrt(1.8464) = -4.329178
        assertEquals(-4.6 + 0.4 * 0.92 / Math.sqrt(1.8464), p[2][0], 1e-6);
        // lr 2: x1 = -5 + 2 * 1 / (1 + 1e-6) = -3.000002, and x2 = 0 up to eps: -2 + 16 / (8 + 1e-6) = -2.5e-7
        double[] big = path("adagrad-2d", 1)[1];
        assertEquals(-5 + 2 / (1 + 1e-6), big[0], 1e-12);
        assertEquals(-2 + 16 / (8 + 1e-6), big[1], 1e-12);
    }

    @Test
    void rmspropFirstStepIsLargerThanTheLearningRate() {
        // s = 0.1 g^2, so the step is 0.4 * |g| / (sqrt(0.1) |g| + 1e-6) = 1.264911 per coordinate
        double[][] p = path("rmsprop-2d", 0);
        assertPoint(-5 + 0.4 / (Math.sqrt(0.1) + 1e-6), -2 + 0.4 * 8 / (Math.sqrt(0.1) * 8 + 1e-6), p[1]);
        assertEquals(-3.735093, p[1][0], 1e-6);
    }

    @Test
    void adadeltaStartsWithStepsOfAboutSqrtEps() {
        // Delta x = 0, s = 0.1 g^2: step = sqrt(1e-6) / sqrt(0.1 g^2 + 1e-6) * |g| = 1e-3 / sqrt(0.1 + 1e-6) = 0.0031623
        double[][] p = path("adadelta-2d", 0);
        assertPoint(-5 + 1e-3 / Math.sqrt(0.1 + 1e-6), -2 + 8e-3 / Math.sqrt(6.4 + 1e-6), p[1]);
        assertEquals(-4.996838, p[1][0], 1e-6);
    }

    @Test
    void adamFirstStepIsTheLearningRateAfterBiasCorrection() {
        // m_hat = g, v_hat = g^2, so x -= 0.4 * g / (|g| + 1e-6): (-4.6, -1.6)
        assertPoint(-4.6, -1.6, path("adam-2d", 0)[1]);
    }

    @Test
    void everyScratchRuleMatchesItsEngineTwinForTwentySteps() {
        for (String id : List.of("gd-2d", "ill-conditioning", "momentum-2d", "nesterov-2d", "adagrad-2d", "rmsprop-2d",
                "adadelta-2d", "adam-2d")) {
            Experiment e = Experiments.get(id);
            Map<String, Double> m = run(e, e.defaults());
            // float32 keeps about 7 digits; 20 steps of rounding stay far below 1e-5 of the point's size
            assertTrue(m.get("engine_max_difference") < 1e-5, id + ": " + m);
        }
    }

    @Test
    void conditionNumberIsTheRatioOfTheHessiansEigenvalues() {
        // Hessian diag(0.2, 4): 4 / 0.2 = 20; stable gradient descent needs lr < 2 / 4 = 0.5
        assertEquals(20, Quadratic2D.ILL_CONDITIONED.conditionNumber(), 1e-12);
        assertEquals(0.5, Quadratic2D.ILL_CONDITIONED.stableLearningRateBound(), 1e-12);
        assertEquals(2, Quadratic2D.ROUND.conditionNumber(), 1e-12);
    }

    @Test
    void lrReplacesTheOriginalRatesAndOptionsWithoutMeaningAreRejected() {
        Trajectory2D e = (Trajectory2D) Experiments.get("momentum-2d");
        List<Trajectory2D.Run> one = e.runs(e.defaults().with(5, 0.1, null, null, null));
        assertEquals(1, one.size());
        assertEquals(6, one.get(0).path().length);
        assertEquals("momentum lr 0.1, beta 0.5", one.get(0).label());
        var bad = assertThrows(IllegalArgumentException.class, () -> e.runs(e.defaults().with(null, null, 32, null, null)));
        assertTrue(bad.getMessage().startsWith("--batch-size has no meaning for momentum-2d"), bad.getMessage());
        Experiment adadelta = Experiments.get("adadelta-2d");
        bad = assertThrows(IllegalArgumentException.class, () -> run(adadelta, adadelta.defaults().with(null, 0.5, null,
                null, null)));
        assertTrue(bad.getMessage().startsWith("--lr has no meaning for adadelta-2d"), bad.getMessage());
    }

    private static Map<String, Double> run(Experiment e, Params p) {
        try {
            return e.run(p, QUIET);
        } catch (RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }
}

package dlprep.engine.kernels;

import static dlprep.engine.kernels.KernelChecks.dot;
import static dlprep.engine.kernels.KernelChecks.numericGradient;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The oracle itself: hand-computed values, and its three gradients against finite differences of its own
 * forward. With {@code L = <dy, conv(x, w) + b>}, {@code dL/dx[i] = (L(x + eps e_i) - L(x - eps e_i)) / 2 eps};
 * L is linear in each argument, so the central difference is exact up to rounding.
 */
class Conv2dReferenceTest {

    @Test
    void twoByTwoOnesKernelSumsEachWindow() {
        Conv2dShape s = Conv2dShape.of(1, 1, 3, 3, 1, 2, 1, 0);
        double[] y = new double[4];
        Conv2dReference.forward(s, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, new double[] {1, 1, 1, 1}, null, y);
        assertArrayEquals(new double[] {12, 16, 24, 28}, y);
    }

    @Test
    void paddingContributesZerosAndBiasIsAddedOnce() {
        // 1x1 input 5 with pad 1 and a 3x3 kernel of 1..9: only the centre tap (weight 5) sees the input.
        Conv2dShape s = Conv2dShape.of(1, 1, 1, 1, 1, 3, 1, 1);
        double[] y = new double[1];
        Conv2dReference.forward(s, new double[] {5}, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, new double[] {0.5}, y);
        assertEquals(25.5, y[0]);
    }

    @Test
    void gradientsMatchFiniteDifferencesWithStridePaddingDilation() {
        checkGradients(new Conv2dShape(2, 2, 6, 5, 3, 3, 2, 2, 1, 1, 1, 2, 1, 1));
    }

    @Test
    void gradientsMatchFiniteDifferencesWithGroups() {
        checkGradients(new Conv2dShape(1, 4, 5, 5, 2, 3, 3, 1, 1, 1, 1, 1, 1, 2));
    }

    private static void checkGradients(Conv2dShape s) {
        Random random = new Random(7);
        double[] x = random.doubles(s.inputSize(), -1, 1).toArray();
        double[] w = random.doubles(s.weightSize(), -1, 1).toArray();
        double[] b = random.doubles(s.outChannels(), -1, 1).toArray();
        double[] dy = random.doubles(s.outputSize(), -1, 1).toArray();

        double[] dx = new double[s.inputSize()];
        double[] dw = new double[s.weightSize()];
        double[] db = new double[s.outChannels()];
        Conv2dReference.backwardInput(s, dy, w, dx);
        Conv2dReference.backwardWeight(s, x, dy, dw);
        Conv2dReference.backwardBias(s, dy, db);

        assertArrayEquals(numericGradient(x, 1e-3, xp -> loss(s, xp, w, b, dy)), dx, 1e-9, "dx");
        assertArrayEquals(numericGradient(w, 1e-3, wp -> loss(s, x, wp, b, dy)), dw, 1e-9, "dw");
        assertArrayEquals(numericGradient(b, 1e-3, bp -> loss(s, x, w, bp, dy)), db, 1e-9, "db");
    }

    private static double loss(Conv2dShape s, double[] x, double[] w, double[] b, double[] dy) {
        double[] y = new double[s.outputSize()];
        Conv2dReference.forward(s, x, w, b, y);
        return dot(dy, y);
    }
}

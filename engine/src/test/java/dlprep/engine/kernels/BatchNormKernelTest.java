package dlprep.engine.kernels;

import static dlprep.engine.kernels.KernelChecks.assertClose;
import static dlprep.engine.kernels.KernelChecks.garbage;
import static dlprep.engine.kernels.KernelChecks.randomFloats;
import static dlprep.engine.kernels.KernelChecks.toDouble;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link BatchNormKernel} against {@link BatchNormReference}, and one hand-checked channel. */
class BatchNormKernelTest {

    @ParameterizedTest
    @CsvSource({"4, 3, 10", "7, 5, 1", "2, 64, 49", "1, 2, 3"})
    void forwardAndBackwardMatchReference(int n, int c, int s) {
        Random random = new Random(n * 31 + c * 7 + s);
        float[] x = randomFloats(random, n * c * s);
        for (int i = 0; i < x.length; i++) {
            x[i] = 3 * x[i] + 2;    // statistics away from 0 and 1, so a missing shift or scale shows
        }
        float[] gamma = randomFloats(random, c);
        float[] beta = randomFloats(random, c);
        double[] mean = new double[c];
        double[] var = new double[c];
        float[] y = garbage(x.length);
        BatchNormKernel.forward(n, c, s, x, gamma, beta, 1e-5, mean, var, y);
        double[] refMean = new double[c];
        double[] refVar = new double[c];
        double[] refY = new double[x.length];
        BatchNormReference.forward(n, c, s, toDouble(x), toDouble(gamma), toDouble(beta), 1e-5, refMean, refVar, refY);
        // The kernel sums each row in float vectors and the rows in double: float rounding, some 1e-7 of the
        // largest value for these statistics and for dgamma and dbeta below.
        assertClose("mean", refMean, mean, 1e-6);
        assertClose("var", refVar, var, 1e-6);
        assertClose("y", refY, y, 1e-4);

        double[] invstd = new double[c];
        for (int ch = 0; ch < c; ch++) {
            invstd[ch] = 1 / Math.sqrt(var[ch] + 1e-5);
        }
        float[] dy = randomFloats(random, x.length);
        float[] dx = garbage(x.length);
        double[] dgamma = new double[c];
        double[] dbeta = new double[c];
        BatchNormKernel.backward(n, c, s, x, gamma, mean, invstd, dy, dx, dgamma, dbeta);
        double[] refDx = new double[x.length];
        double[] refDgamma = new double[c];
        double[] refDbeta = new double[c];
        BatchNormReference.backward(n, c, s, toDouble(x), toDouble(gamma), mean, invstd, toDouble(dy), refDx,
                refDgamma, refDbeta);
        assertClose("dx", refDx, dx, 1e-3);
        assertClose("dgamma", refDgamma, dgamma, 1e-6);
        assertClose("dbeta", refDbeta, dbeta, 1e-6);
    }

    @Test
    void oneChannelByHand() {
        // x = 1, 2, 3, 6 in one channel: mean 3, biased variance (4 + 1 + 0 + 9) / 4 = 3.5; with gamma 2 and
        // beta 1, x = 6 gives 2 * 3 / sqrt(3.5 + 1e-5) + 1 = 4.207135.
        double[] mean = new double[1];
        double[] var = new double[1];
        float[] y = new float[4];
        BatchNormKernel.forward(4, 1, 1, new float[] {1, 2, 3, 6}, new float[] {2}, new float[] {1}, 1e-5, mean, var, y);
        assertEquals(3, mean[0], 1e-12);
        assertEquals(3.5, var[0], 1e-12);
        assertEquals(2 * 3 / Math.sqrt(3.5 + 1e-5) + 1, y[3], 1e-5);
        // The output's mean is beta whatever x is, so a constant upstream gradient reaches no input.
        float[] dx = new float[4];
        BatchNormKernel.backward(4, 1, 1, new float[] {1, 2, 3, 6}, new float[] {2}, mean,
                new double[] {1 / Math.sqrt(3.5 + 1e-5)}, new float[] {1, 1, 1, 1}, dx, new double[1], new double[1]);
        assertArrayEquals(new float[4], dx, 1e-6f);
    }
}

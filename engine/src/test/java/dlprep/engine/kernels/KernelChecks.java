package dlprep.engine.kernels;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import java.util.function.ToDoubleFunction;

/** What every fast-vs-reference kernel test needs: seeded random data, float/double copies, a tolerance check. */
final class KernelChecks {

    private KernelChecks() {
    }

    /** Uniform values in [-1, 1), the same for the same seed. */
    static float[] randomFloats(Random random, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextFloat() * 2 - 1;
        }
        return a;
    }

    static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    /** An array of NaNs, to prove a kernel overwrites its output instead of adding to it. */
    static float[] garbage(int n) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, Float.NaN);
        return a;
    }

    /**
     * Fails unless every {@code actual[i]} is within {@code relTol * max(1, max |expected|)} of
     * {@code expected[i]}: float sums of many terms drift by a few ulps of the largest magnitudes involved.
     */
    static void assertClose(String what, double[] expected, float[] actual, double relTol) {
        if (expected.length != actual.length) {
            fail(what + ": length " + actual.length + ", expected " + expected.length);
        }
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(expected[i] - actual[i]) <= relTol * scale)) {
                fail(what + "[" + i + "] = " + actual[i] + ", expected " + expected[i] + " (tolerance "
                        + relTol * scale + ")");
            }
        }
    }

    /** The same for results a kernel keeps in double but sums from float partial sums. */
    static void assertClose(String what, double[] expected, double[] actual, double relTol) {
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < actual.length; i++) {
            if (!(Math.abs(expected[i] - actual[i]) <= relTol * scale)) {
                fail(what + "[" + i + "] = " + actual[i] + ", expected " + expected[i] + " (tolerance "
                        + relTol * scale + ")");
            }
        }
    }

    /** {@code sum a[i] * b[i]}: with a = dy, the loss whose gradient a backward pass computes. */
    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /**
     * Central differences {@code (f(p + eps e_i) - f(p - eps e_i)) / 2 eps} of {@code f} at {@code point}, one
     * coordinate at a time ({@code point} is restored). Exact up to rounding where f is linear.
     */
    static double[] numericGradient(double[] point, double eps, ToDoubleFunction<double[]> f) {
        double[] grad = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            double saved = point[i];
            point[i] = saved + eps;
            double plus = f.applyAsDouble(point);
            point[i] = saved - eps;
            double minus = f.applyAsDouble(point);
            point[i] = saved;
            grad[i] = (plus - minus) / (2 * eps);
        }
        return grad;
    }
}

package dlprep.engine.kernels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dlprep.engine.tensor.Shape;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast float loops of the elementwise kernels against their per-element reference paths. */
class ElementwiseKernelsTest {

    private static final int[] SIZES = {1, 7, 16, 17, 1000, 70_001};

    /** The plan of a binary op on operands of shapes {@code pair[0]} and {@code pair[1]} broadcast to {@code out}. */
    private static BroadcastPlan plan(int[] out, int[][] pair) {
        return BroadcastPlan.of(out, Shape.broadcastStrides(pair[0], out), Shape.broadcastStrides(pair[1], out));
    }

    private static float[] random(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextGaussian() * 3);
        }
        return v;
    }

    @ParameterizedTest
    @EnumSource(UnaryFn.class)
    void unaryFastLoopsMatchTheGenericPath(UnaryFn fn) {
        Random r = new Random(fn.ordinal());
        for (int n : SIZES) {
            float[] x = random(r, n);
            if (fn == UnaryFn.LOG || fn == UnaryFn.SQRT) {
                for (int i = 0; i < n; i++) {
                    x[i] = Math.abs(x[i]) + 0.1f;
                }
            }
            float[] dy = random(r, n);
            float[] fast = new float[n];
            float[] ref = new float[n];
            UnaryKernels.forward(fn, 0.2, x, fast);
            UnaryKernels.forwardGeneric(fn, 0.2, x, ref, 0, n);
            assertClose(ref, fast, fn + " forward n=" + n);
            float[] fastGrad = new float[n];
            float[] refGrad = new float[n];
            UnaryKernels.backward(fn, 0.2, x, fast, dy, fastGrad);
            UnaryKernels.backwardGeneric(fn, 0.2, x, ref, dy, refGrad, 0, n);
            assertClose(refGrad, fastGrad, fn + " backward n=" + n);
        }
    }

    @Test
    void reluKeepsNaNAndPassesItsGradientAsPyTorch() {
        // PyTorch 1.13 (Debian's python3-torch, run here): torch.relu(x) for x = [nan, -1., 2.] is [nan, 0., 2.]
        // and x.grad after y.sum().backward() is [1., 0., 1.]: threshold_backward zeroes the gradient only where
        // the output is <= 0. With 40 elements the vector loop and the scalar tail both see a NaN.
        float[] x = new float[40];
        x[3] = Float.NaN;
        x[39] = Float.NaN;
        x[5] = 2;
        float[] y = new float[40];
        UnaryKernels.forward(UnaryFn.RELU, 0, x, y);
        assertTrue(Float.isNaN(y[3]) && Float.isNaN(y[39]));
        assertEquals(2f, y[5]);
        float[] dx = new float[40];
        float[] dy = new float[40];
        Arrays.fill(dy, 1f);
        UnaryKernels.backward(UnaryFn.RELU, 0, x, y, dy, dx);
        assertEquals(1f, dx[3]);
        assertEquals(1f, dx[39]);
        assertEquals(1f, dx[5]);
        assertEquals(0f, dx[4]);
    }

    @Test
    void binaryFastLoopsMatchTheGenericPath() {
        Random r = new Random(3);
        int[][][] shapes = {{{5, 7}, {5, 7}}, {{5, 7}, {1, 7}}, {{5, 7}, {5, 1}}, {{1}, {13}}, {{13}, {1}},
                {{2, 3, 4, 5}, {3, 1, 1}}, {{70_001}, {70_001}}, {{70_001}, {1}}};
        for (BinaryFn fn : new BinaryFn[] {BinaryFn.ADD, BinaryFn.SUB, BinaryFn.MUL, BinaryFn.DIV}) {
            for (int[][] pair : shapes) {
                int[] out = Shape.broadcast("test", pair[0], pair[1]);
                BroadcastPlan p = plan(out, pair);
                float[] a = random(r, Shape.numel(pair[0]));
                float[] b = random(r, Shape.numel(pair[1]));
                float[] fast = new float[Shape.numel(out)];
                float[] ref = new float[fast.length];
                BinaryKernels.forward(fn, p, a, b, fast);
                for (int row = 0; row < p.rows(); row++) {
                    BinaryKernels.forwardRow(fn, a, p.aOffsets()[row], p.aStep(), b, p.bOffsets()[row], p.bStep(),
                            ref, row * p.inner(), p.inner());
                }
                assertClose(ref, fast, fn + " " + java.util.Arrays.deepToString(pair));
            }
        }
    }

    @Test
    void binaryGradientInFloatMatchesTheDoublePathForLongRowsAndManyRows() {
        // One row of 70,001 (equal shapes: split within the row over the threads) and many short rows.
        Random r = new Random(5);
        int[][][] shapes = {{{70_001}, {70_001}}, {{300, 7}, {1, 7}}, {{70_001}, {1}}};
        for (BinaryFn fn : new BinaryFn[] {BinaryFn.MUL, BinaryFn.DIV}) {
            for (int[][] pair : shapes) {
                int[] out = Shape.broadcast("test", pair[0], pair[1]);
                BroadcastPlan p = plan(out, pair);
                float[] a = random(r, Shape.numel(pair[0]));
                float[] b = random(r, Shape.numel(pair[1]));
                float[] y = new float[Shape.numel(out)];
                BinaryKernels.forward(fn, p, a, b, y);
                float[] dy = random(r, y.length);
                for (boolean wrtA : new boolean[] {true, false}) {
                    float[] got = new float[y.length];
                    BinaryKernels.gradient(fn, wrtA, p, a, b, y, dy, got);
                    double[] want = new double[y.length];
                    BinaryKernels.gradient(fn, wrtA, p, toDouble(a), toDouble(b), toDouble(y), toDouble(dy), want);
                    float[] wantFloat = new float[want.length];
                    for (int i = 0; i < want.length; i++) {
                        wantFloat[i] = (float) want[i];
                    }
                    assertClose(wantFloat, got, fn + (wrtA ? " da " : " db ") + java.util.Arrays.deepToString(pair));
                }
            }
        }
    }

    @Test
    void broadcastPlanMergesDimensionsBothOperandsWalkAlike() {
        int[] out = {2, 3, 4, 5};
        BroadcastPlan same = BroadcastPlan.of(out, Shape.strides(out),
                Shape.strides(out));
        assertEquals(1, same.rows());
        assertEquals(120, same.inner());
        BroadcastPlan bias = BroadcastPlan.of(out, Shape.strides(out),
                Shape.broadcastStrides(new int[] {3, 1, 1}, out));
        assertEquals(6, bias.rows());
        assertEquals(20, bias.inner());
        assertEquals(0, bias.bStep());
    }

    @Test
    void erfMatchesTabulatedValues() {
        // Abramowitz & Stegun, Table 7.1: erf(0.5) = 0.5204998778, erf(1) = 0.8427007929, erf(2) = 0.9953222650
        assertEquals(0.5204998778, Erf.erf(0.5), 1e-10);
        assertEquals(0.8427007929, Erf.erf(1), 1e-10);
        assertEquals(-0.9953222650, Erf.erf(-2), 1e-10);
        assertEquals(1 - 1.5374597944e-12, Erf.erf(5), 1e-15); // erfc(5) = 1.5374597944e-12
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            float tol = 1e-6f * Math.max(1, Math.abs(expected[i]));
            if (!(Math.abs(expected[i] - actual[i]) <= tol) && !(Float.isNaN(expected[i]) && Float.isNaN(actual[i]))) {
                assertEquals(expected[i], actual[i], tol, what + " at " + i);
            }
        }
    }

    private static double[] toDouble(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return d;
    }
}

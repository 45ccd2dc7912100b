package dlprep.engine.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Loops that apply a {@link UnaryFn} (forward) or multiply an upstream gradient by its derivative
 * (backward). The generic loops call the function per element, which works for every function; the
 * functions that dominate training (ReLU, sigmoid, tanh, exp, neg) have their own float loops that the JIT
 * can compile tightly (ReLU with the Vector API: as a branch, its coin-toss sign test costs a
 * misprediction per element). Tests compare the two paths. Large arrays are split over the thread pool.
 */
public final class UnaryKernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    /** Below this many elements a single thread is faster than splitting. */
    private static final int GRAIN = 1 << 15;

    private UnaryKernels() {
    }

    public static void forward(UnaryFn fn, double p, float[] x, float[] y) {
        Parallel.forRange(x.length, GRAIN, (lo, hi) -> forwardRange(fn, p, x, y, lo, hi));
    }

    public static void forward(UnaryFn fn, double p, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] = fn.f(x[i], p);
        }
    }

    /** dx = dy * f'(x). */
    public static void backward(UnaryFn fn, double p, float[] x, float[] y, float[] dy, float[] dx) {
        Parallel.forRange(x.length, GRAIN, (lo, hi) -> backwardRange(fn, p, x, y, dy, dx, lo, hi));
    }

    public static void backward(UnaryFn fn, double p, double[] x, double[] y, double[] dy, double[] dx) {
        for (int i = 0; i < x.length; i++) {
            dx[i] = dy[i] * fn.df(x[i], y[i], p);
        }
    }

    /** The per-element path for every function (the reference the fast loops are tested against). */
    static void forwardGeneric(UnaryFn fn, double p, float[] x, float[] y, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            y[i] = (float) fn.f(x[i], p);
        }
    }

    static void backwardGeneric(UnaryFn fn, double p, float[] x, float[] y, float[] dy, float[] dx, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            dx[i] = (float) (dy[i] * fn.df(x[i], y[i], p));
        }
    }

    private static void forwardRange(UnaryFn fn, double p, float[] x, float[] y, int lo, int hi) {
        switch (fn) {
            case RELU -> reluForward(x, y, lo, hi);
            case NEG -> {
                for (int i = lo; i < hi; i++) {
                    y[i] = -x[i];
                }
            }
            case EXP -> {
                for (int i = lo; i < hi; i++) {
                    y[i] = (float) Math.exp(x[i]);
                }
            }
            case SIGMOID -> {
                for (int i = lo; i < hi; i++) {
                    y[i] = (float) UnaryFn.sigmoid(x[i]);
                }
            }
            case TANH -> {
                for (int i = lo; i < hi; i++) {
                    y[i] = (float) Math.tanh(x[i]);
                }
            }
            default -> forwardGeneric(fn, p, x, y, lo, hi);
        }
    }

    private static void backwardRange(UnaryFn fn, double p, float[] x, float[] y, float[] dy, float[] dx,
                                      int lo, int hi) {
        switch (fn) {
            case RELU -> reluBackward(y, dy, dx, lo, hi);
            case SIGMOID -> {
                for (int i = lo; i < hi; i++) {
                    dx[i] = dy[i] * y[i] * (1f - y[i]);
                }
            }
            case TANH -> {
                for (int i = lo; i < hi; i++) {
                    dx[i] = dy[i] * (1f - y[i] * y[i]);
                }
            }
            default -> backwardGeneric(fn, p, x, y, dy, dx, lo, hi);
        }
    }

    private static void reluForward(float[] x, float[] y, int lo, int hi) {
        int i = lo;
        for (int upper = lo + SPECIES.loopBound(hi - lo); i < upper; i += SPECIES.length()) {
            FloatVector.fromArray(SPECIES, x, i).max(0f).intoArray(y, i);
        }
        for (; i < hi; i++) {
            y[i] = Math.max(x[i], 0f);
        }
    }

    /** As PyTorch's threshold_backward on the output: no gradient where y <= 0 (so a NaN passes it). */
    private static void reluBackward(float[] y, float[] dy, float[] dx, int lo, int hi) {
        FloatVector zero = FloatVector.zero(SPECIES);
        int i = lo;
        for (int upper = lo + SPECIES.loopBound(hi - lo); i < upper; i += SPECIES.length()) {
            FloatVector output = FloatVector.fromArray(SPECIES, y, i);
            FloatVector gradient = FloatVector.fromArray(SPECIES, dy, i);
            gradient.blend(zero, output.compare(VectorOperators.LE, 0f)).intoArray(dx, i);
        }
        for (; i < hi; i++) {
            dx[i] = y[i] <= 0 ? 0f : dy[i];
        }
    }
}

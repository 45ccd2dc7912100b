package dlprep.engine.kernels;

/**
 * Loops that apply a {@link UnaryFn} (forward) or multiply an upstream gradient by its derivative
 * (backward). The generic loops call the function per element, which works for every function; the
 * functions that dominate training (ReLU, sigmoid, tanh, exp, neg) have their own float loops that the JIT
 * can compile tightly. Tests compare the two paths. Large arrays are split over the thread pool.
 */
public final class UnaryKernels {

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
            case RELU -> {
                for (int i = lo; i < hi; i++) {
                    y[i] = x[i] > 0 ? x[i] : 0f;
                }
            }
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
            case RELU -> {
                for (int i = lo; i < hi; i++) {
                    dx[i] = x[i] > 0 ? dy[i] : 0f;
                }
            }
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
}

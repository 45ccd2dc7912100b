package dlprep.engine.kernels;

/**
 * Broadcasting loops for a {@link BinaryFn}: the forward value, and one operand's share of the gradient
 * over the output shape ({@code dy * dy/da}; the caller sums it down to the operand's shape). Add, sub,
 * mul and div have tight float loops for the contiguous cases; everything else goes through the
 * per-element path, which the tests use as the reference.
 */
public final class BinaryKernels {

    private static final int GRAIN_ELEMENTS = 1 << 15;

    private BinaryKernels() {
    }

    public static void forward(BinaryFn fn, BroadcastPlan p, float[] a, float[] b, float[] y) {
        if (p.rows() == 1) { // one long row (equal shapes, or a scalar operand): split the row itself
            int sa = p.aStep();
            int sb = p.bStep();
            int oa = p.aOffsets()[0];
            int ob = p.bOffsets()[0];
            Parallel.forRange(p.inner(), GRAIN_ELEMENTS, (lo, hi) -> {
                if (!forwardFast(fn, a, oa + lo * sa, sa, b, ob + lo * sb, sb, y, lo, hi - lo)) {
                    forwardRow(fn, a, oa + lo * sa, sa, b, ob + lo * sb, sb, y, lo, hi - lo);
                }
            });
            return;
        }
        int rowGrain = Math.max(1, GRAIN_ELEMENTS / p.inner());
        Parallel.forRange(p.rows(), rowGrain, (lo, hi) -> {
            for (int r = lo; r < hi; r++) {
                int oa = p.aOffsets()[r];
                int ob = p.bOffsets()[r];
                int oy = r * p.inner();
                if (!forwardFast(fn, a, oa, p.aStep(), b, ob, p.bStep(), y, oy, p.inner())) {
                    forwardRow(fn, a, oa, p.aStep(), b, ob, p.bStep(), y, oy, p.inner());
                }
            }
        });
    }

    public static void forward(BinaryFn fn, BroadcastPlan p, double[] a, double[] b, double[] y) {
        for (int r = 0; r < p.rows(); r++) {
            int ia = p.aOffsets()[r];
            int ib = p.bOffsets()[r];
            int iy = r * p.inner();
            for (int j = 0; j < p.inner(); j++, ia += p.aStep(), ib += p.bStep()) {
                y[iy + j] = fn.f(a[ia], b[ib]);
            }
        }
    }

    /** {@code out = dy * (wrtA ? dy/da : dy/db)} over the output shape. */
    public static void gradient(BinaryFn fn, boolean wrtA, BroadcastPlan p, float[] a, float[] b, float[] y,
                                float[] dy, float[] out) {
        // Rows of the plan, or stretches of its one row when there is only one (equal shapes), over the threads.
        boolean oneRow = p.rows() == 1;
        int parts = oneRow ? p.inner() : p.rows();
        int grain = oneRow ? GRAIN_ELEMENTS : Math.max(1, GRAIN_ELEMENTS / p.inner());
        Parallel.forRange(parts, grain, (lo, hi) -> {
            for (int r = oneRow ? 0 : lo; r < (oneRow ? 1 : hi); r++) {
                int from = oneRow ? lo : 0;
                int to = oneRow ? hi : p.inner();
                int ia = p.aOffsets()[r] + from * p.aStep();
                int ib = p.bOffsets()[r] + from * p.bStep();
                int iy = r * p.inner();
                for (int j = from; j < to; j++, ia += p.aStep(), ib += p.bStep()) {
                    double d = wrtA ? fn.da(a[ia], b[ib], y[iy + j]) : fn.db(a[ia], b[ib], y[iy + j]);
                    out[iy + j] = (float) (dy[iy + j] * d);
                }
            }
        });
    }

    public static void gradient(BinaryFn fn, boolean wrtA, BroadcastPlan p, double[] a, double[] b, double[] y,
                                double[] dy, double[] out) {
        for (int r = 0; r < p.rows(); r++) {
            int ia = p.aOffsets()[r];
            int ib = p.bOffsets()[r];
            int iy = r * p.inner();
            for (int j = 0; j < p.inner(); j++, ia += p.aStep(), ib += p.bStep()) {
                double d = wrtA ? fn.da(a[ia], b[ib], y[iy + j]) : fn.db(a[ia], b[ib], y[iy + j]);
                out[iy + j] = dy[iy + j] * d;
            }
        }
    }

    /** The per-element row loop, valid for every function (the reference for the fast loops). */
    static void forwardRow(BinaryFn fn, float[] a, int ia, int sa, float[] b, int ib, int sb, float[] y, int iy,
                           int n) {
        for (int j = 0; j < n; j++, ia += sa, ib += sb) {
            y[iy + j] = (float) fn.f(a[ia], b[ib]);
        }
    }

    /** Tight loops for the four arithmetic ops when both operands are contiguous or one is a constant. */
    private static boolean forwardFast(BinaryFn fn, float[] a, int ia, int sa, float[] b, int ib, int sb,
                                       float[] y, int iy, int n) {
        if (sa == 1 && sb == 1) {
            switch (fn) {
                case ADD -> { for (int j = 0; j < n; j++) { y[iy + j] = a[ia + j] + b[ib + j]; } }
                case SUB -> { for (int j = 0; j < n; j++) { y[iy + j] = a[ia + j] - b[ib + j]; } }
                case MUL -> { for (int j = 0; j < n; j++) { y[iy + j] = a[ia + j] * b[ib + j]; } }
                case DIV -> { for (int j = 0; j < n; j++) { y[iy + j] = a[ia + j] / b[ib + j]; } }
                default -> { return false; }
            }
            return true;
        }
        if (sa == 1 && sb == 0) {
            float c = b[ib];
            switch (fn) {
                case ADD -> { for (int j = 0; j < n; j++) { y[iy + j] = a[ia + j] + c; } }
                case SUB -> { for (int j = 0; j < n; j++) { y[iy + j] = a[ia + j] - c; } }
                case MUL -> { for (int j = 0; j < n; j++) { y[iy + j] = a[ia + j] * c; } }
                case DIV -> { for (int j = 0; j < n; j++) { y[iy + j] = a[ia + j] / c; } }
                default -> { return false; }
            }
            return true;
        }
        if (sa == 0 && sb == 1) {
            float c = a[ia];
            switch (fn) {
                case ADD -> { for (int j = 0; j < n; j++) { y[iy + j] = c + b[ib + j]; } }
                case SUB -> { for (int j = 0; j < n; j++) { y[iy + j] = c - b[ib + j]; } }
                case MUL -> { for (int j = 0; j < n; j++) { y[iy + j] = c * b[ib + j]; } }
                case DIV -> { for (int j = 0; j < n; j++) { y[iy + j] = c / b[ib + j]; } }
                default -> { return false; }
            }
            return true;
        }
        return false;
    }
}

package dlprep.engine.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Gemm#sgemm} against the double-precision oracle {@link GemmReference#dgemm}, which is itself pinned
 * to a hand-computed product. Sizes are chosen to hit every edge of the blocking: 1, primes, one below and
 * one above the register tile ({@link GemmMicroKernel#MR} x {@link GemmMicroKernel#NR}) and the cache blocks
 * ({@link Gemm#MC}, {@link Gemm#KC}), on both sides of the cut-offs for the unpacked path ({@link Gemm#SMALL}
 * multiply-adds, {@link Gemm#FEW_ROWS} rows).
 */
class GemmTest {

    private static final int[] AWKWARD = {1, 2, 3, 7, 13, 17, 31, 33, 63, 65, 127, 129, 257};

    /** {m, n, k}: long thin, short wide, deep, and shapes that straddle the block sizes. */
    private static final int[][] MIXED = {
            {1, 1000, 3}, {1000, 1, 3}, {3, 1, 1000}, {1, 1, 1}, {2, 3, 5000}, {7, 129, 65}, {257, 13, 31},
            {65, 257, 1}, {6, 64, 256}, {193, 65, 257}, {12, 700, 40}, {300, 20, 300}, {37, 1000, 41},
            {1, 4096, 64}, {4000, 1, 40}, {5, 3000, 300},
    };

    @Test
    void referenceMatchesHandComputedProduct() {
        // [[1, 2, 3], [4, 5, 6]] x [[7, 8], [9, 10], [11, 12]] = [[58, 64], [139, 154]]: 1*7 + 2*9 + 3*11 = 58, ...
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {7, 8, 9, 10, 11, 12};
        double[] expected = {58, 64, 139, 154};
        double[] c = new double[4];
        GemmReference.dgemm(false, false, 2, 2, 3, 1, a, 0, 3, b, 0, 2, 0, c, 0, 2);
        assertArrayEquals(expected, c);

        // The same operands stored transposed: A^T is 3 x 2, B^T is 2 x 3.
        double[] aT = {1, 4, 2, 5, 3, 6};
        double[] bT = {7, 9, 11, 8, 10, 12};
        double[] cT = new double[4];
        GemmReference.dgemm(true, true, 2, 2, 3, 1, aT, 0, 2, bT, 0, 3, 0, cT, 0, 2);
        assertArrayEquals(expected, cT);

        // alpha = 2, beta = -1 on C = [[1, 1], [1, 1]]: 2 * 58 - 1 = 115, ...
        double[] cAb = {1, 1, 1, 1};
        GemmReference.dgemm(false, true, 2, 2, 3, 2, a, 0, 3, bT, 0, 3, -1, cAb, 0, 2);
        assertArrayEquals(new double[] {115, 127, 277, 307}, cAb);
    }

    @Test
    void squareAwkwardSizesMatchReference() {
        for (int size : AWKWARD) {
            check(new Case(false, false, size, size, size).seed(size));
        }
    }

    @Test
    void mixedShapesMatchReference() {
        for (int[] s : MIXED) {
            check(new Case(false, false, s[0], s[1], s[2]).seed(s[0] * 31 + s[1]));
        }
    }

    @Test
    void sizesAroundTheBlockEdgesMatchReference() {
        int mr = GemmMicroKernel.MR;
        int nr = GemmMicroKernel.NR;
        int[][] shapes = {
                {mr - 1, nr + 1, Gemm.KC + 1}, {mr + 1, nr - 1, Gemm.KC - 1}, {Gemm.MC - 1, nr, Gemm.KC},
                {Gemm.MC + 1, 2 * nr + 1, 2 * Gemm.KC + 3}, {Gemm.MC, 3, Gemm.KC + 1}, {2 * Gemm.MC + 5, nr + 1, 7},
        };
        for (int[] s : shapes) {
            check(new Case(false, false, s[0], s[1], s[2]).seed(s[0] + s[1] + s[2]));
            check(new Case(true, true, s[0], s[1], s[2]).seed(s[0] * s[1]));
        }
    }

    @Test
    void prepackedAMatchesReferenceAcrossBlocksTransposesAndPaddings() {
        int mr = GemmMicroKernel.MR;
        int nr = GemmMicroKernel.NR;
        int[][] shapes = {
                {mr - 1, nr + 1, Gemm.KC + 1}, {Gemm.MC + 1, 2 * nr + 1, 2 * Gemm.KC + 3}, {2 * Gemm.MC + 5, nr + 1, 7},
                {300, 40, 600}, {64, 900, 576}, {2, 70, 45}, {5, 5, 5}, {1, 1, 1},
        };
        for (int[] s : shapes) {
            for (boolean transA : new boolean[] {false, true}) {
                check(new Case(transA, false, s[0], s[1], s[2]).seed(s[0] + s[1]).prepacked());
                check(new Case(transA, true, s[0], s[1], s[2]).seed(s[2]).offsets(3, 5, 7).padding(2, 9, 1)
                        .prepacked());
            }
        }
    }

    @Test
    void onePackedAServesSeveralProducts() {
        Random random = new Random(7);
        int m = 70;
        int k = 600;
        float[] a = randomArray(random, m * k);
        Gemm.PackedA packed = Gemm.pack(false, m, k, a, 0, k);
        for (int n : new int[] {1, 33, 500}) {
            float[] b = randomArray(random, k * n);
            float[] fromPacked = new float[m * n];
            float[] direct = new float[m * n];
            Gemm.sgemm(packed, false, n, 1f, b, 0, n, 0f, fromPacked, 0, n);
            Gemm.sgemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, direct, 0, n);
            assertArrayEquals(direct, fromPacked, "n = " + n);
        }
    }

    @Test
    void transposedOperandsMatchReference() {
        int[][] shapes = {{1, 1, 1}, {13, 17, 31}, {33, 7, 129}, {129, 65, 63}, {200, 130, 600}, {1, 1000, 3},
                {2, 70, 45}, {9, 9, 9}};
        for (int[] s : shapes) {
            for (boolean transA : new boolean[] {false, true}) {
                for (boolean transB : new boolean[] {false, true}) {
                    check(new Case(transA, transB, s[0], s[1], s[2]).seed(s[2]));
                }
            }
        }
    }

    @Test
    void offsetsAndPaddedLeadingDimensionsMatchReferenceAndLeaveTheRestUntouched() {
        for (boolean transA : new boolean[] {false, true}) {
            for (boolean transB : new boolean[] {false, true}) {
                check(new Case(transA, transB, 3, 5, 7).offsets(3, 5, 7).padding(2, 9, 1));
                check(new Case(transA, transB, 70, 130, 33).offsets(11, 1, 17).padding(5, 3, 64));
                check(new Case(transA, transB, 193, 66, 258).offsets(1, 2, 3).padding(1, 1, 1));
            }
        }
    }

    @Test
    void alphaAndBetaScaleAsDocumented() {
        float[] values = {0f, 1f, 0.5f, -2f};
        for (float alpha : values) {
            for (float beta : values) {
                check(new Case(false, false, 9, 11, 5).scalars(alpha, beta));
                check(new Case(true, false, 131, 67, 70).scalars(alpha, beta));
            }
        }
    }

    @Test
    void betaZeroOverwritesNaNsInC() {
        int[][] shapes = {{5, 5, 5}, {130, 70, 40}, {4, 4, 0}};
        for (int[] s : shapes) {
            for (float alpha : new float[] {1f, 0f}) {
                Case c = new Case(false, true, s[0], s[1], s[2]).scalars(alpha, 0f).nanInC();
                float[] out = check(c);
                // No offset and no padding: C is the first m * n elements (the NaN tail is not C's).
                for (int i = 0; i < s[0] * s[1]; i++) {
                    assertFalse(Float.isNaN(out[i]), "NaN survived beta = 0 for " + c);
                }
            }
        }
    }

    @Test
    void twoThreadsGiveBitForBitTheResultOfOne() {
        int before = Parallel.threads();
        try {
            // Each above Gemm.PARALLEL: split by rows (square, tall), by columns (wide), across two blocks of k.
            int[][] shapes = {{200, 200, 200}, {300, 500, 70}, {700, 100, 130}, {100, 400, Gemm.KC + 20}};
            for (int[] s : shapes) {
                Case c = new Case(false, true, s[0], s[1], s[2]).seed(7).scalars(0.5f, -2f);
                Parallel.setThreads(1);
                float[] one = check(c);
                Parallel.setThreads(2);
                float[] two = check(c);
                assertArrayEquals(one, two, "thread count changed the result for " + c);
            }
        } finally {
            Parallel.setThreads(before);
        }
    }

    @Test
    void emptyProblemsDoNothingAndEmptyDepthScalesC() {
        float[] c = {1f, 2f, 3f, 4f};
        Gemm.sgemm(false, false, 0, 2, 2, 1f, new float[4], 0, 2, new float[4], 0, 2, 5f, c, 0, 2);
        Gemm.sgemm(false, false, 2, 0, 2, 1f, new float[4], 0, 2, new float[4], 0, 0, 5f, c, 0, 2);
        assertArrayEquals(new float[] {1f, 2f, 3f, 4f}, c);
        // k = 0: op(A) * op(B) is the zero matrix, so C = beta * C.
        Gemm.sgemm(false, false, 2, 2, 0, 1f, new float[0], 0, 0, new float[0], 0, 2, 0.5f, c, 0, 2);
        assertArrayEquals(new float[] {0.5f, 1f, 1.5f, 2f}, c);
    }

    @Test
    void badArgumentsAreRejectedWithTheValueAndTheExpectation() {
        float[] f = new float[100];
        assertMessage("sgemm: m must be >= 0, got -1",
                () -> Gemm.sgemm(false, false, -1, 2, 2, 1f, f, 0, 2, f, 0, 2, 0f, f, 0, 2));
        assertMessage("sgemm: k must be >= 0, got -3",
                () -> Gemm.sgemm(false, false, 2, 2, -3, 1f, f, 0, 2, f, 0, 2, 0f, f, 0, 2));
        assertMessage("sgemm: lda must be >= 5 for A (stored 4 x 5), got 4",
                () -> Gemm.sgemm(false, false, 4, 2, 5, 1f, f, 0, 4, f, 0, 2, 0f, f, 0, 2));
        assertMessage("sgemm: lda must be >= 4 for A (stored 5 x 4, transposed), got 3",
                () -> Gemm.sgemm(true, false, 4, 2, 5, 1f, f, 0, 3, f, 0, 2, 0f, f, 0, 2));
        assertMessage("sgemm: ldc must be >= 6 for C (stored 2 x 6), got 5",
                () -> Gemm.sgemm(false, false, 2, 6, 2, 1f, f, 0, 2, f, 0, 6, 0f, f, 0, 5));
        assertMessage("sgemm: bOffset must be >= 0, got -1",
                () -> Gemm.sgemm(false, false, 2, 2, 2, 1f, f, 0, 2, f, -1, 2, 0f, f, 0, 2));
        // B stored 10 x 10 at offset 5 needs 5 + 9 * 10 + 10 = 105 elements.
        assertMessage("sgemm: array b has length 100 but B (stored 10 x 10) at offset 5 with ldb 10"
                        + " needs length >= 105",
                () -> Gemm.sgemm(false, false, 2, 10, 10, 1f, f, 0, 10, f, 5, 10, 0f, f, 0, 10));
        double[] d = new double[10];
        assertMessage("dgemm: n must be >= 0, got -2",
                () -> GemmReference.dgemm(false, false, 2, -2, 2, 1, d, 0, 2, d, 0, 2, 0, d, 0, 2));
        // C stored 3 x 3 with ldc 4 needs 2 * 4 + 3 = 11 elements.
        assertMessage("dgemm: array c has length 10 but C (stored 3 x 3) at offset 0 with ldc 4 needs length >= 11",
                () -> GemmReference.dgemm(false, false, 3, 3, 1, 1, d, 0, 1, d, 0, 3, 0, d, 0, 4));
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> Gemm.sgemm(false, false, 1, 1, 1, 1f, null, 0, 1, f, 0, 1, 0f, f, 0, 1));
        assertEquals("sgemm: array a is null", npe.getMessage());
    }

    private static void assertMessage(String expected, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertEquals(expected, e.getMessage());
    }

    /**
     * Runs sgemm and dgemm on the same data and asserts that every element of C agrees within the float
     * accumulation bound {@code (k + 2) * 2^-24 * (|alpha| * sum_p |a_ip * b_pj| + |beta * c_ij|)} (Higham,
     * Accuracy and Stability of Numerical Algorithms, 2nd ed., section 3.5), and that the storage around C
     * (offset, row padding, tail) is untouched. Returns sgemm's whole C array.
     */
    private static float[] check(Case t) {
        int aRows = t.transA ? t.k : t.m;
        int aCols = t.transA ? t.m : t.k;
        int bRows = t.transB ? t.n : t.k;
        int bCols = t.transB ? t.k : t.n;
        int lda = aCols + t.aPad;
        int ldb = bCols + t.bPad;
        int ldc = t.n + t.cPad;
        Random random = new Random(t.seed);
        float[] a = randomArray(random, t.aOffset + aRows * lda + 3);
        float[] b = randomArray(random, t.bOffset + bRows * ldb + 3);
        float[] c = randomArray(random, t.cOffset + t.m * ldc + 3);
        if (t.nanInC) {
            Arrays.fill(c, Float.NaN);
        }
        float[] cBefore = c.clone();

        double[] cRef = toDouble(c);
        GemmReference.dgemm(t.transA, t.transB, t.m, t.n, t.k, t.alpha, toDouble(a), t.aOffset, lda,
                toDouble(b), t.bOffset, ldb, t.beta, cRef, t.cOffset, ldc);
        double[] magnitude = new double[cRef.length];
        GemmReference.dgemm(t.transA, t.transB, t.m, t.n, t.k, Math.abs(t.alpha), abs(toDouble(a)), t.aOffset,
                lda, abs(toDouble(b)), t.bOffset, ldb, 0, magnitude, t.cOffset, ldc);

        if (t.prepacked) {
            Gemm.PackedA packed = Gemm.pack(t.transA, t.m, t.k, a, t.aOffset, lda);
            Gemm.sgemm(packed, t.transB, t.n, t.alpha, b, t.bOffset, ldb, t.beta, c, t.cOffset, ldc);
        } else {
            Gemm.sgemm(t.transA, t.transB, t.m, t.n, t.k, t.alpha, a, t.aOffset, lda, b, t.bOffset, ldb,
                    t.beta, c, t.cOffset, ldc);
        }

        double unit = Math.scalb(1.0, -24);
        for (int idx = 0; idx < c.length; idx++) {
            int rel = idx - t.cOffset;
            boolean inside = rel >= 0 && rel / ldc < t.m && rel % ldc < t.n;
            if (!inside) {
                assertEquals(Float.floatToRawIntBits(cBefore[idx]), Float.floatToRawIntBits(c[idx]),
                        "sgemm wrote outside C at index " + idx + " for " + t);
                continue;
            }
            double old = t.beta == 0 ? 0 : Math.abs(t.beta * cBefore[idx]);
            double tolerance = (t.k + 2) * unit * (magnitude[idx] + old) + Float.MIN_NORMAL;
            double error = Math.abs(c[idx] - cRef[idx]);
            if (!(error <= tolerance)) {
                fail("C[" + rel / ldc + "][" + rel % ldc + "] = " + c[idx] + " but the reference gives " + cRef[idx]
                        + " (tolerance " + tolerance + ") for " + t);
            }
        }
        return c;
    }

    private static float[] randomArray(Random random, int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = random.nextFloat() * 2 - 1;
        }
        return x;
    }

    private static double[] toDouble(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return d;
    }

    private static double[] abs(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.abs(x[i]);
        }
        return x;
    }

    /** One sgemm call to check: shape, transposes, scalars, offsets, row padding of each leading dimension. */
    private static final class Case {
        final boolean transA;
        final boolean transB;
        final int m;
        final int n;
        final int k;
        float alpha = 1f;
        float beta = 0.5f;
        int aOffset;
        int bOffset;
        int cOffset;
        int aPad;
        int bPad;
        int cPad;
        boolean nanInC;
        boolean prepacked;
        long seed = 42;

        Case(boolean transA, boolean transB, int m, int n, int k) {
            this.transA = transA;
            this.transB = transB;
            this.m = m;
            this.n = n;
            this.k = k;
        }

        Case prepacked() {
            this.prepacked = true;
            return this;
        }

        Case scalars(float alpha, float beta) {
            this.alpha = alpha;
            this.beta = beta;
            return this;
        }

        Case offsets(int a, int b, int c) {
            aOffset = a;
            bOffset = b;
            cOffset = c;
            return this;
        }

        Case padding(int a, int b, int c) {
            aPad = a;
            bPad = b;
            cPad = c;
            return this;
        }

        Case nanInC() {
            nanInC = true;
            return this;
        }

        Case seed(long seed) {
            this.seed = seed;
            return this;
        }

        @Override
        public String toString() {
            return "sgemm(transA=" + transA + ", transB=" + transB + ", m=" + m + ", n=" + n + ", k=" + k
                    + ", alpha=" + alpha + ", beta=" + beta + ", offsets " + aOffset + "/" + bOffset + "/" + cOffset
                    + ", padding " + aPad + "/" + bPad + "/" + cPad + (nanInC ? ", NaN in C" : "")
                    + (prepacked ? ", A prepacked" : "") + ")";
        }
    }
}

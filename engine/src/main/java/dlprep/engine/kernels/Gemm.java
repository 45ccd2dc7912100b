package dlprep.engine.kernels;

import static dlprep.engine.kernels.GemmMicroKernel.LANES;
import static dlprep.engine.kernels.GemmMicroKernel.MR;
import static dlprep.engine.kernels.GemmMicroKernel.NR;
import static dlprep.engine.kernels.GemmMicroKernel.SPECIES;

import jdk.incubator.vector.FloatVector;

/**
 * Single-precision general matrix multiply, row-major: {@code C = alpha * op(A) * op(B) + beta * C},
 * where {@code op(X)} is {@code X} or its transpose. {@code op(A)} is m x k, {@code op(B)} is k x n, C is
 * m x n. Leading dimensions are row strides of the matrices as stored (so for a transposed A stored as
 * k x m, {@code lda >= m}). With {@code beta == 0}, C is overwritten (NaNs in it do not propagate).
 *
 * <h2>Algorithm (Goto and van de Geijn 2008; the BLIS loop nest, Van Zee and van de Geijn 2015)</h2>
 *
 * <pre>
 * for jc in 0..n step NC              5th loop: a panel of NC columns of B and C
 *   for pc in 0..k step KC            4th loop: pack B[pc:pc+KC, jc:jc+NC] (lives in L3)
 *     for ic in 0..m step MC          3rd loop: pack A[ic:ic+MC, pc:pc+KC] (lives in L2)
 *       for jr in 0..NC step NR       2nd loop: one KC x NR sliver of packed B (L2, re-read MC / MR times)
 *         for ir in 0..MC step MR     1st loop: one MR x KC sliver of packed A (L1)
 *           C[ir:ir+MR, jr:jr+NR] += A sliver * B sliver      the micro-kernel, tile in registers
 * </pre>
 *
 * <ul>
 *   <li><b>Why a micro-kernel:</b> an MR x NR tile of C held in vector registers turns each step over k into
 *       MR * NR / LANES fused multiply-adds for only MR + NR / LANES loads, so the FMA units, not memory,
 *       set the pace ({@link GemmMicroKernel}).</li>
 *   <li><b>Why packing:</b> the kernel wants its operands contiguous and in its own order; copying a block
 *       once costs O(mc * kc) and is reused for O(mc * kc * nc) work. Packing also absorbs the transposes
 *       and the zero padding of edge slivers ({@link GemmPacking}).</li>
 *   <li><b>Why these block sizes:</b> each loop keeps one operand in one cache level, so that the next
 *       loop in re-reads it from there (see {@link #KC}, {@link #MC}, {@link #NC}).</li>
 * </ul>
 *
 * Work is split over {@link Parallel} into slabs of C along its longer side: every thread runs the loop nest
 * above on its own slab with its own packing buffers, so threads never wait on each other; the price is that
 * each packs the operand the slabs share (A for column slabs, B for row slabs), a copy of O(k * min(m, n))
 * against O(m * n * k / threads) multiply-adds. (Sharing one packed B between threads, as BLIS does, saved
 * that copy but added two fork-joins per block of k, and was no faster here at n = 1024.)
 * Problems below {@link #SMALL} multiply-adds, or with at most {@link #FEW_ROWS} rows, take the unpacked
 * {@link GemmSmall} path: packing and threads would cost more than they save. {@link GemmReference#dgemm} is
 * the plain kernel the tests hold this one to.
 */
public final class Gemm {

    /**
     * Depth of a packed block. C is read and written once per KC, so KC is as large as the caches allow: the
     * kc x NR sliver of B (128 KB) outgrows the 48 KB L1 and streams from L2, which keeps up with the kernel.
     * Measured on Zen 5 at n = 1024: KC = 512 about 5 % faster than 256, KC = 1024 slower.
     */
    static final int KC = 512;
    /** Rows of a packed block of A: MC x KC floats = 192 KB, which stays in the 1 MB L2 beside a B sliver. */
    static final int MC = 96;
    /** Columns of a packed panel of B: KC x NC floats = 4 MB, in the shared L3; A is packed once per NC. */
    static final int NC = 2048;
    /**
     * Below this many multiply-adds (m * n * k) the unpacked {@link GemmSmall} path wins; measured, the
     * crossover lies between 8^3 and 16^3 (at 32^3 the blocked path is already three times faster).
     */
    static final long SMALL = 16 * 16 * 16;
    /**
     * With this few rows of C the MR-row register tile would be mostly padding (a vector-matrix product) and
     * the unpacked path is faster at any size: at m = 2, n = k = 1024 it gives 22 against 19 GFLOP/s, and 17
     * against 5 with B transposed; at m = 5 the blocked path is ahead, 46 against 18.
     */
    static final int FEW_ROWS = 2;
    /** Below this many multiply-adds (some 25 microseconds on one core) waking a second thread is not worth it. */
    static final long PARALLEL = 128 * 128 * 128;

    /** Each thread's packing buffers and scratch tile, sized for the largest block it has seen and reused. */
    private static final Workspace PACKED_A = new Workspace();
    private static final Workspace PACKED_B = new Workspace();
    private static final Workspace TILE = new Workspace();
    /** Slivers of MR rows per part when {@link #pack} is split over the threads. */
    private static final int PACK_SLIVERS_PER_PART = 8;
    /** Where {@link #pack} keeps an A packed for several products. */
    private static final Workspace SHARED_PACKED_A = new Workspace();

    private Gemm() {
    }

    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                             float[] a, int aOffset, int lda,
                             float[] b, int bOffset, int ldb,
                             float beta, float[] c, int cOffset, int ldc) {
        GemmArguments.checkNotNull("sgemm", a, b, c);
        GemmArguments.check("sgemm", transA, transB, m, n, k, a.length, aOffset, lda,
                b.length, bOffset, ldb, c.length, cOffset, ldc);
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0 || alpha == 0) {
            scale(m, n, beta, c, cOffset, ldc);
            return;
        }
        long work = (long) m * n * k;
        if (work < SMALL || m <= FEW_ROWS) {
            GemmSmall.sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb,
                    beta, c, cOffset, ldc);
            return;
        }
        inSlabs(transA, transB, m, n, k, alpha, a, aOffset, lda, null, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    /**
     * Runs {@link #blocked} on slabs of C spread over the threads. Each thread packs all of the operand its slab
     * shares, so the longer side of C is split: splitting rows repeats the packing of B (k x n) in every
     * thread, splitting columns repeats that of A (m x k) unless A is prepacked.
     */
    private static void inSlabs(boolean transA, boolean transB, int m, int n, int k, float alpha,
                                float[] a, int aOffset, int lda, PackedA prepacked,
                                float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        boolean byColumns = n > m;
        int rowSlivers = (m + MR - 1) / MR;
        int colSlivers = (n + NR - 1) / NR;
        int grain = (long) m * n * k < PARALLEL ? Integer.MAX_VALUE : 1;
        Parallel.forRange(byColumns ? colSlivers : rowSlivers, grain, (lo, hi) -> {
            int rowFrom = byColumns ? 0 : lo * MR;
            int rowTo = byColumns ? m : Math.min(m, hi * MR);
            int colFrom = byColumns ? lo * NR : 0;
            int colTo = byColumns ? Math.min(n, hi * NR) : n;
            blocked(transA, transB, rowFrom, rowTo, colFrom, colTo, k, alpha, a, aOffset, lda, prepacked,
                    b, bOffset, ldb, beta, c, cOffset, ldc);
        });
    }

    /**
     * {@code op(A)} packed once, in the order the micro-kernel reads it, for several products with different
     * B's: a convolution multiplies its weights by every chunk of images, and packing the same weights for each
     * chunk (and on each thread) cost ResNet-18 on 28x28 inputs almost a tenth of its step. Block {@code pc}
     * (columns {@code pc .. pc+KC} of op(A)) starts at {@code roundUp(m, MR) * pc}; within it the slivers are
     * laid out as {@link GemmPacking#packA} lays out one block. The original is kept for the small products,
     * which read A unpacked.
     */
    public static final class PackedA {
        final boolean transA;
        final int m;
        final int k;
        final float[] a;
        final int aOffset;
        final int lda;
        final float[] data;

        private PackedA(boolean transA, int m, int k, float[] a, int aOffset, int lda, float[] data) {
            this.transA = transA;
            this.m = m;
            this.k = k;
            this.a = a;
            this.aOffset = aOffset;
            this.lda = lda;
            this.data = data;
        }

        /** Where the sliver of rows starting at {@code row} (a multiple of MR) begins in block {@code pc}. */
        int sliver(int pc, int kc, int row) {
            return roundUp(m, MR) * pc + row * kc;
        }
    }

    /**
     * Packs {@code op(A)} (m x k) for {@link #sgemm(PackedA, boolean, int, float, float[], int, int, float,
     * float[], int, int)}. The packed copy lives in this thread's workspace: it is valid until this thread
     * packs again, and other threads may read it meanwhile.
     */
    public static PackedA pack(boolean transA, int m, int k, float[] a, int aOffset, int lda) {
        GemmArguments.checkA("sgemm", transA, m, k, a, aOffset, lda);
        float[] data = SHARED_PACKED_A.floats(Math.max(1, roundUp(m, MR) * k));
        // Split by slivers of rows, every block of k in each part: a convolution's k (its output channels, for
        // the transposed weights) is often a single block, and packing on one thread left the other idle.
        Parallel.forRange((m + MR - 1) / MR, PACK_SLIVERS_PER_PART, (lo, hi) -> {
            int rowFrom = lo * MR;
            int rows = Math.min(m, hi * MR) - rowFrom;
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                GemmPacking.packA(transA, a, aOffset, lda, rowFrom, rows, pc, kc, data,
                        roundUp(m, MR) * pc + rowFrom * kc);
            }
        });
        return new PackedA(transA, m, k, a, aOffset, lda, data);
    }

    /** {@code C = alpha * op(A) * op(B) + beta * C} with op(A) packed by {@link #pack}. */
    public static void sgemm(PackedA a, boolean transB, int n, float alpha, float[] b, int bOffset, int ldb,
                             float beta, float[] c, int cOffset, int ldc) {
        int m = a.m;
        int k = a.k;
        long work = (long) m * n * k;
        if (m == 0 || n == 0 || k == 0 || alpha == 0 || work < SMALL || m <= FEW_ROWS) {
            sgemm(a.transA, transB, m, n, k, alpha, a.a, a.aOffset, a.lda, b, bOffset, ldb, beta, c, cOffset, ldc);
            return;
        }
        GemmArguments.checkNotNull("sgemm", b, b, c);
        GemmArguments.check("sgemm", a.transA, transB, m, n, k, a.a.length, a.aOffset, a.lda,
                b.length, bOffset, ldb, c.length, cOffset, ldc);
        inSlabs(a.transA, transB, m, n, k, alpha, a.a, a.aOffset, a.lda, a, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    /**
     * The five-loop nest on the slab {@code C[rowFrom:rowTo, colFrom:colTo]}, run by one thread; with
     * {@code prepacked} A's blocks are read from it instead of packed here.
     */
    private static void blocked(boolean transA, boolean transB, int rowFrom, int rowTo, int colFrom, int colTo,
                                int k, float alpha, float[] a, int aOffset, int lda, PackedA prepacked,
                                float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        int kcMax = Math.min(KC, k);
        float[] aPacked = prepacked != null ? prepacked.data
                : PACKED_A.floats(roundUp(Math.min(MC, rowTo - rowFrom), MR) * kcMax);
        float[] bPacked = PACKED_B.floats(roundUp(Math.min(NC, colTo - colFrom), NR) * kcMax);
        float[] tile = TILE.floats(MR * NR);
        for (int jc = colFrom; jc < colTo; jc += NC) {
            int nc = Math.min(NC, colTo - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                // The first block of k applies beta; later blocks add to what it left in C.
                float betaBlock = pc == 0 ? beta : 1f;
                GemmPacking.packB(transB, b, bOffset, ldb, pc, kc, jc, nc, bPacked);
                for (int ic = rowFrom; ic < rowTo; ic += MC) {
                    int mc = Math.min(MC, rowTo - ic);
                    int aFrom = 0;
                    if (prepacked != null) {
                        aFrom = prepacked.sliver(pc, kc, ic);
                    } else {
                        GemmPacking.packA(transA, a, aOffset, lda, ic, mc, pc, kc, aPacked, 0);
                    }
                    macroKernel(mc, nc, kc, aPacked, aFrom, bPacked, tile, alpha, betaBlock, c,
                            cOffset + ic * ldc + jc, ldc);
                }
            }
        }
    }

    /** Loops 2 and 1: every MR x NR tile of the packed block times the packed panel, merged into C. */
    private static void macroKernel(int mc, int nc, int kc, float[] aPacked, int aFrom, float[] bPacked,
                                    float[] tile, float alpha, float beta, float[] c, int cFrom, int ldc) {
        for (int jr = 0; jr < nc; jr += NR) {
            int nr = Math.min(NR, nc - jr);
            for (int ir = 0; ir < mc; ir += MR) {
                int mr = Math.min(MR, mc - ir);
                GemmMicroKernel.multiply(kc, aPacked, aFrom + ir * kc, bPacked, jr * kc, tile);
                int cTile = cFrom + ir * ldc + jr;
                if (mr == MR && nr == NR) {
                    mergeFullTile(tile, alpha, beta, c, cTile, ldc);
                } else {
                    mergeEdgeTile(tile, mr, nr, alpha, beta, c, cTile, ldc);
                }
            }
        }
    }

    /** {@code C = alpha * tile + beta * C} for a whole MR x NR tile, a vector at a time. */
    private static void mergeFullTile(float[] tile, float alpha, float beta, float[] c, int cFrom, int ldc) {
        for (int r = 0; r < MR; r++) {
            int ci = cFrom + r * ldc;
            for (int v = 0; v < NR; v += LANES) {
                FloatVector t = FloatVector.fromArray(SPECIES, tile, r * NR + v).mul(alpha);
                if (beta != 0) {
                    t = FloatVector.fromArray(SPECIES, c, ci + v).mul(beta).add(t);
                }
                t.intoArray(c, ci + v);
            }
        }
    }

    /** The same for the mr x nr corner of a tile that overhangs the matrix edge. */
    private static void mergeEdgeTile(float[] tile, int mr, int nr, float alpha, float beta,
                                      float[] c, int cFrom, int ldc) {
        for (int r = 0; r < mr; r++) {
            int ci = cFrom + r * ldc;
            for (int j = 0; j < nr; j++) {
                float t = alpha * tile[r * NR + j];
                c[ci + j] = beta == 0 ? t : beta * c[ci + j] + t;
            }
        }
    }

    /** {@code C = beta * C}, writing zeros when {@code beta == 0} (what is in C is not read). */
    static void scale(int m, int n, float beta, float[] c, int cOffset, int ldc) {
        for (int i = 0; i < m; i++) {
            int ci = cOffset + i * ldc;
            for (int j = 0; j < n; j++) {
                c[ci + j] = beta == 0 ? 0f : beta * c[ci + j];
            }
        }
    }

    private static int roundUp(int x, int multiple) {
        return (x + multiple - 1) / multiple * multiple;
    }
}

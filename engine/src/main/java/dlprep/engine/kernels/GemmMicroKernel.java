package dlprep.engine.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-blocked micro-kernel of {@link Gemm}: multiplies one packed MR x kc sliver of A by one packed
 * kc x NR sliver of B into an MR x NR tile, as kc rank-1 updates {@code C += a(:, p) * b(p, :)}.
 *
 * <p>The whole tile stays in registers for the loop: each step over p loads 4 vectors of B, broadcasts 6
 * values of A and does 24 vector FMAs (6 x 64 multiply-adds). With AVX-512 that is 24 accumulators + 4 vectors
 * of B + 1 broadcast = 29 of the 32 vector registers, and 24 independent FMA chains, more than the 2 pipes x
 * 4 cycles of latency needed to keep both FMA units busy. Measured on Zen 5 at n = 1024, 6 x 64 came out ahead
 * of 8 x 32, 4 x 64, 8 x 48 and 12 x 32 (by 4 to 10 %); with 256-bit vectors the same kernel ran at half speed.
 * (On an AVX2 machine, 16 registers, this tile would spill: there 6 x 2 vectors is the shape.)
 *
 * <p>The accumulators are written out by name because Java has no array of registers. C2 keeps them in
 * registers only while the loop body stays this small: unrolling it by two made it spill, and so did merging
 * the tile into C here (alpha and beta live across the loop took two registers), which is why the kernel
 * writes a scratch tile and {@link Gemm} merges it.
 */
final class GemmMicroKernel {

    /** The widest vector the CPU has (16 floats with AVX-512). */
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    /** Rows of the register tile. */
    static final int MR = 6;
    /** Columns of the register tile: four vectors. */
    static final int NR = 4 * LANES;

    private GemmMicroKernel() {
    }

    /**
     * {@code tile[r * NR + j] = sum over p < kc of aPacked[aFrom + p * MR + r] * bPacked[bFrom + p * NR + j]},
     * for the full MR x NR tile (packing pads slivers at the matrix edges with zeros).
     */
    static void multiply(int kc, float[] aPacked, int aFrom, float[] bPacked, int bFrom, float[] tile) {
        FloatVector zero = FloatVector.zero(SPECIES);
        FloatVector c00 = zero, c01 = zero, c02 = zero, c03 = zero;
        FloatVector c10 = zero, c11 = zero, c12 = zero, c13 = zero;
        FloatVector c20 = zero, c21 = zero, c22 = zero, c23 = zero;
        FloatVector c30 = zero, c31 = zero, c32 = zero, c33 = zero;
        FloatVector c40 = zero, c41 = zero, c42 = zero, c43 = zero;
        FloatVector c50 = zero, c51 = zero, c52 = zero, c53 = zero;
        for (int p = 0; p < kc; p++) {
            int ai = aFrom + p * MR;
            int bi = bFrom + p * NR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, bPacked, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, bPacked, bi + LANES);
            FloatVector b2 = FloatVector.fromArray(SPECIES, bPacked, bi + 2 * LANES);
            FloatVector b3 = FloatVector.fromArray(SPECIES, bPacked, bi + 3 * LANES);
            FloatVector a0 = FloatVector.broadcast(SPECIES, aPacked[ai]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            c02 = a0.fma(b2, c02);
            c03 = a0.fma(b3, c03);
            FloatVector a1 = FloatVector.broadcast(SPECIES, aPacked[ai + 1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            c12 = a1.fma(b2, c12);
            c13 = a1.fma(b3, c13);
            FloatVector a2 = FloatVector.broadcast(SPECIES, aPacked[ai + 2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            c22 = a2.fma(b2, c22);
            c23 = a2.fma(b3, c23);
            FloatVector a3 = FloatVector.broadcast(SPECIES, aPacked[ai + 3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            c32 = a3.fma(b2, c32);
            c33 = a3.fma(b3, c33);
            FloatVector a4 = FloatVector.broadcast(SPECIES, aPacked[ai + 4]);
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            c42 = a4.fma(b2, c42);
            c43 = a4.fma(b3, c43);
            FloatVector a5 = FloatVector.broadcast(SPECIES, aPacked[ai + 5]);
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
            c52 = a5.fma(b2, c52);
            c53 = a5.fma(b3, c53);
        }
        c00.intoArray(tile, 0 * NR + 0 * LANES);
        c01.intoArray(tile, 0 * NR + 1 * LANES);
        c02.intoArray(tile, 0 * NR + 2 * LANES);
        c03.intoArray(tile, 0 * NR + 3 * LANES);
        c10.intoArray(tile, 1 * NR + 0 * LANES);
        c11.intoArray(tile, 1 * NR + 1 * LANES);
        c12.intoArray(tile, 1 * NR + 2 * LANES);
        c13.intoArray(tile, 1 * NR + 3 * LANES);
        c20.intoArray(tile, 2 * NR + 0 * LANES);
        c21.intoArray(tile, 2 * NR + 1 * LANES);
        c22.intoArray(tile, 2 * NR + 2 * LANES);
        c23.intoArray(tile, 2 * NR + 3 * LANES);
        c30.intoArray(tile, 3 * NR + 0 * LANES);
        c31.intoArray(tile, 3 * NR + 1 * LANES);
        c32.intoArray(tile, 3 * NR + 2 * LANES);
        c33.intoArray(tile, 3 * NR + 3 * LANES);
        c40.intoArray(tile, 4 * NR + 0 * LANES);
        c41.intoArray(tile, 4 * NR + 1 * LANES);
        c42.intoArray(tile, 4 * NR + 2 * LANES);
        c43.intoArray(tile, 4 * NR + 3 * LANES);
        c50.intoArray(tile, 5 * NR + 0 * LANES);
        c51.intoArray(tile, 5 * NR + 1 * LANES);
        c52.intoArray(tile, 5 * NR + 2 * LANES);
        c53.intoArray(tile, 5 * NR + 3 * LANES);
    }
}

package dlprep.engine.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The loops over contiguous float rows that the convolution and im2col kernels spend their non-GEMM time
 * in, written with the Vector API so they run a SIMD register at a time whatever the JIT decides. Sums keep
 * one partial sum per lane, so their rounding differs slightly from a left-to-right loop.
 *
 * <p>The species is the preferred one, as in every Vector API kernel of the engine: mixing vector sizes in
 * one JVM pollutes the type profiles inside the shared Vector API code, the JIT then stops replacing vector
 * objects by registers, and the kernels allocate and slow down several times over (measured here: a 16-lane
 * kernel went from 1.7 ms to 19 ms once another kernel used 8-lane vectors).
 */
final class FloatRows {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private FloatRows() {
    }

    /** {@code dst[dstOffset + i] += src[srcOffset + i]} for i below length. */
    static void add(float[] src, int srcOffset, float[] dst, int dstOffset, int length) {
        int i = 0;
        for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
            FloatVector.fromArray(SPECIES, dst, dstOffset + i)
                    .add(FloatVector.fromArray(SPECIES, src, srcOffset + i))
                    .intoArray(dst, dstOffset + i);
        }
        for (; i < length; i++) {
            dst[dstOffset + i] += src[srcOffset + i];
        }
    }

    /** {@code y[yOffset + i] += a * x[xOffset + i]} for i below length (BLAS's saxpy). */
    static void axpy(float a, float[] x, int xOffset, float[] y, int yOffset, int length) {
        FloatVector va = FloatVector.broadcast(SPECIES, a);
        int i = 0;
        for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
            FloatVector.fromArray(SPECIES, x, xOffset + i)
                    .fma(va, FloatVector.fromArray(SPECIES, y, yOffset + i))
                    .intoArray(y, yOffset + i);
        }
        for (; i < length; i++) {
            y[yOffset + i] += a * x[xOffset + i];
        }
    }

    /** {@code sum of a[aOffset + i] * b[bOffset + i]} for i below length. */
    static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
            acc = FloatVector.fromArray(SPECIES, a, aOffset + i).fma(FloatVector.fromArray(SPECIES, b, bOffset + i), acc);
        }
        float total = acc.reduceLanes(VectorOperators.ADD);
        for (; i < length; i++) {
            total += a[aOffset + i] * b[bOffset + i];
        }
        return total;
    }

    /** {@code sum of a[offset + i]} for i below length. */
    static float sum(float[] a, int offset, int length) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
            acc = acc.add(FloatVector.fromArray(SPECIES, a, offset + i));
        }
        float total = acc.reduceLanes(VectorOperators.ADD);
        for (; i < length; i++) {
            total += a[offset + i];
        }
        return total;
    }

    /** {@code sum of (a[offset + i] - center)^2} for i below length: a variance's numerator, in one pass. */
    static float squaredDeviationSum(float[] a, int offset, int length, float center) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
            FloatVector d = FloatVector.fromArray(SPECIES, a, offset + i).sub(center);
            acc = d.fma(d, acc);
        }
        float total = acc.reduceLanes(VectorOperators.ADD);
        for (; i < length; i++) {
            float d = a[offset + i] - center;
            total += d * d;
        }
        return total;
    }

    /** {@code sum of w[offset + i] * (a[offset + i] - center)} for i below length. */
    static float centeredDot(float[] w, float[] a, int offset, int length, float center) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
            acc = FloatVector.fromArray(SPECIES, a, offset + i).sub(center)
                    .fma(FloatVector.fromArray(SPECIES, w, offset + i), acc);
        }
        float total = acc.reduceLanes(VectorOperators.ADD);
        for (; i < length; i++) {
            total += w[offset + i] * (a[offset + i] - center);
        }
        return total;
    }
}

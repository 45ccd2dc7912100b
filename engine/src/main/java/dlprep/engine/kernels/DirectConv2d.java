package dlprep.engine.kernels;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Direct convolution with the output channels in the SIMD lanes, for small images (LeNet-sized layers),
 * where im2col costs more than the GEMM it feeds: every patch row there is only a few floats long.
 *
 * <p>With the weight stored tap-major, {@code wT[tap][oc]} (tap = (c, ki, kj)), one output position of
 * {@code LANES} channels is a sum of vectors:
 * <pre>
 *   y[oc..oc+L)(p) = bias + sum over taps t of  x[c][ih(p, ki)][iw(p, kj)]  *  wT[t][oc..oc+L)
 *                                               (one input value, broadcast)   (one vector load)
 * </pre>
 * Four positions are computed together so that each weight vector loaded feeds four multiply-adds. The
 * weight gradient is the same sum with dy in the lanes: {@code dwT[t][oc..] += x(p, t) * dyT[p][oc..]},
 * four taps at a time, with dy transposed to position-major first. Padding is handled by copying each
 * image into a zero-bordered buffer, so the inner loops have no bounds tests.
 *
 * <p>It applies to one group with a whole number of vectors of output channels, where it was measured to
 * win ({@link #appliesToForward}, {@link #appliesToWeightGrad}); the input gradient always goes through
 * im2col, whose GEMM has the small dimension (outC) on the inside.
 */
final class DirectConv2d {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();

    private static final Workspace TRANSPOSED_WEIGHTS = new Workspace();
    private static final Workspace PADDED_INPUT = new Workspace();
    private static final Workspace TRANSPOSED_GRADIENT = new Workspace();
    private static final Workspace PARTIAL_WEIGHT_GRADS = new Workspace();

    private DirectConv2d() {
    }

    /**
     * The weight gradient goes direct for one group of small images with a whole number of vectors of output
     * channels: measured single-threaded, 1.5x to 4x faster than im2col + GEMM on LeNet- and CIFAR-sized
     * layers (it also spares the GEMM its transposed-B case).
     */
    static boolean appliesToWeightGrad(Conv2dShape s, boolean smallImage) {
        return smallImage && s.groups() == 1 && s.outChannels() % LANES == 0;
    }

    /**
     * The forward pass goes direct only where im2col is slow, i.e. not a block copy per tap (valid or
     * strided convolutions): for "same" stride-1 layers im2col + GEMM was faster (e.g. 32x32, 16->16, 3x3:
     * 8.2 against 9.6 ms), as it was with few input channels, where storing the lanes costs more than the
     * multiply-adds (3->16 channels: 2.3 against 6.3 ms).
     */
    static boolean appliesToForward(Conv2dShape s, boolean smallImage) {
        return appliesToWeightGrad(s, smallImage) && !Im2col.isContiguous(s) && s.patchSize() >= 4 * LANES;
    }

    static void forward(Conv2dShape s, float[] x, float[] w, float[] bias, float[] y) {
        int taps = s.patchSize();
        int outC = s.outChannels();
        float[] wT = TRANSPOSED_WEIGHTS.floats(taps * outC);
        transpose(w, outC, taps, wT);
        int[] tapOffsets = tapOffsets(s);
        int[] positionOffsets = positionOffsets(s);
        Parallel.forRange(s.batch(), 1, (lo, hi) -> {
            float[] lanes = new float[LANES];
            for (int n = lo; n < hi; n++) {
                float[] xp = paddedImage(s, x, n);
                int xpOffset = hasPadding(s) ? 0 : n * s.inChannels() * s.height() * s.width();
                for (int v = 0; v < outC; v += LANES) {
                    forwardChannels(s, xp, xpOffset, wT, bias, y, n, v, tapOffsets, positionOffsets, lanes);
                }
            }
        });
    }

    static void backwardWeight(Conv2dShape s, float[] x, float[] dy, float[] dw) {
        int taps = s.patchSize();
        int outC = s.outChannels();
        int[] tapOffsets = tapOffsets(s);
        int[] positionOffsets = positionOffsets(s);
        int parts = Math.min(Parallel.threads(), s.batch());
        float[] partial = PARTIAL_WEIGHT_GRADS.floats(parts * taps * outC);
        Parallel.forEach(parts, part -> {
            int from = part * taps * outC;
            Arrays.fill(partial, from, from + taps * outC, 0f);
            for (int n = s.batch() * part / parts; n < s.batch() * (part + 1) / parts; n++) {
                float[] xp = paddedImage(s, x, n);
                int xpOffset = hasPadding(s) ? 0 : n * s.inChannels() * s.height() * s.width();
                float[] dyT = TRANSPOSED_GRADIENT.floats(positionOffsets.length * outC);
                transpose(dy, n * outC * positionOffsets.length, outC, positionOffsets.length, dyT);
                for (int v = 0; v < outC; v += LANES) {
                    accumulateWeightGrad(xp, xpOffset, dyT, outC, v, tapOffsets, positionOffsets, partial, from);
                }
            }
        });
        Arrays.fill(dw, 0f);
        for (int part = 0; part < parts; part++) {
            for (int t = 0; t < taps; t++) {
                for (int oc = 0; oc < outC; oc++) {
                    dw[oc * taps + t] += partial[part * taps * outC + t * outC + oc];
                }
            }
        }
    }

    /** Output channels {@code [v, v + LANES)} of image n, four positions at a time. */
    private static void forwardChannels(Conv2dShape s, float[] xp, int xpOffset, float[] wT, float[] bias,
                                        float[] y, int n, int v, int[] tapOffsets, int[] positionOffsets,
                                        float[] lanes) {
        int outC = s.outChannels();
        int positions = positionOffsets.length;
        FloatVector start = bias == null ? FloatVector.zero(SPECIES) : FloatVector.fromArray(SPECIES, bias, v);
        int yPlane = (n * outC + v) * positions;
        int p = 0;
        for (; p + 4 <= positions; p += 4) {
            int p0 = xpOffset + positionOffsets[p];
            int p1 = xpOffset + positionOffsets[p + 1];
            int p2 = xpOffset + positionOffsets[p + 2];
            int p3 = xpOffset + positionOffsets[p + 3];
            FloatVector acc0 = start;
            FloatVector acc1 = start;
            FloatVector acc2 = start;
            FloatVector acc3 = start;
            for (int t = 0; t < tapOffsets.length; t++) {
                FloatVector wv = FloatVector.fromArray(SPECIES, wT, t * outC + v);
                int tap = tapOffsets[t];
                acc0 = wv.fma(FloatVector.broadcast(SPECIES, xp[p0 + tap]), acc0);
                acc1 = wv.fma(FloatVector.broadcast(SPECIES, xp[p1 + tap]), acc1);
                acc2 = wv.fma(FloatVector.broadcast(SPECIES, xp[p2 + tap]), acc2);
                acc3 = wv.fma(FloatVector.broadcast(SPECIES, xp[p3 + tap]), acc3);
            }
            store(acc0, lanes, y, yPlane + p, positions);
            store(acc1, lanes, y, yPlane + p + 1, positions);
            store(acc2, lanes, y, yPlane + p + 2, positions);
            store(acc3, lanes, y, yPlane + p + 3, positions);
        }
        for (; p < positions; p++) {
            int p0 = xpOffset + positionOffsets[p];
            FloatVector acc = start;
            for (int t = 0; t < tapOffsets.length; t++) {
                acc = FloatVector.fromArray(SPECIES, wT, t * outC + v)
                        .fma(FloatVector.broadcast(SPECIES, xp[p0 + tapOffsets[t]]), acc);
            }
            store(acc, lanes, y, yPlane + p, positions);
        }
    }

    /** Adds image n's {@code x(p, t) * dyT[p][v..v+LANES)} over all positions to {@code dwT[t][v..]}, four taps at a time. */
    private static void accumulateWeightGrad(float[] xp, int xpOffset, float[] dyT, int outC, int v,
                                             int[] tapOffsets, int[] positionOffsets, float[] dwT, int dwFrom) {
        int taps = tapOffsets.length;
        int t = 0;
        for (; t + 4 <= taps; t += 4) {
            int t0 = xpOffset + tapOffsets[t];
            int t1 = xpOffset + tapOffsets[t + 1];
            int t2 = xpOffset + tapOffsets[t + 2];
            int t3 = xpOffset + tapOffsets[t + 3];
            int d = dwFrom + t * outC + v;
            FloatVector acc0 = FloatVector.fromArray(SPECIES, dwT, d);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, dwT, d + outC);
            FloatVector acc2 = FloatVector.fromArray(SPECIES, dwT, d + 2 * outC);
            FloatVector acc3 = FloatVector.fromArray(SPECIES, dwT, d + 3 * outC);
            for (int p = 0; p < positionOffsets.length; p++) {
                FloatVector g = FloatVector.fromArray(SPECIES, dyT, p * outC + v);
                int pos = positionOffsets[p];
                acc0 = g.fma(FloatVector.broadcast(SPECIES, xp[t0 + pos]), acc0);
                acc1 = g.fma(FloatVector.broadcast(SPECIES, xp[t1 + pos]), acc1);
                acc2 = g.fma(FloatVector.broadcast(SPECIES, xp[t2 + pos]), acc2);
                acc3 = g.fma(FloatVector.broadcast(SPECIES, xp[t3 + pos]), acc3);
            }
            acc0.intoArray(dwT, d);
            acc1.intoArray(dwT, d + outC);
            acc2.intoArray(dwT, d + 2 * outC);
            acc3.intoArray(dwT, d + 3 * outC);
        }
        for (; t < taps; t++) {
            int t0 = xpOffset + tapOffsets[t];
            int d = dwFrom + t * outC + v;
            FloatVector acc = FloatVector.fromArray(SPECIES, dwT, d);
            for (int p = 0; p < positionOffsets.length; p++) {
                acc = FloatVector.fromArray(SPECIES, dyT, p * outC + v)
                        .fma(FloatVector.broadcast(SPECIES, xp[t0 + positionOffsets[p]]), acc);
            }
            acc.intoArray(dwT, d);
        }
    }

    /** Writes the lanes of {@code acc} (consecutive output channels) to their planes, {@code planeSize} apart. */
    private static void store(FloatVector acc, float[] lanes, float[] y, int first, int planeSize) {
        acc.intoArray(lanes, 0);
        for (int lane = 0; lane < LANES; lane++) {
            y[first + lane * planeSize] = lanes[lane];
        }
    }

    /** Offset of tap (c, ki, kj) in the padded image, relative to the window's top-left corner. */
    private static int[] tapOffsets(Conv2dShape s) {
        int paddedH = s.height() + 2 * s.padH();
        int paddedW = s.width() + 2 * s.padW();
        int[] offsets = new int[s.patchSize()];
        int t = 0;
        for (int c = 0; c < s.inChannels(); c++) {
            for (int ki = 0; ki < s.kernelH(); ki++) {
                for (int kj = 0; kj < s.kernelW(); kj++) {
                    offsets[t++] = (c * paddedH + ki * s.dilationH()) * paddedW + kj * s.dilationW();
                }
            }
        }
        return offsets;
    }

    /** Offset of output position (oh, ow)'s window corner in the padded image. */
    private static int[] positionOffsets(Conv2dShape s) {
        int paddedW = s.width() + 2 * s.padW();
        int[] offsets = new int[s.outHeight() * s.outWidth()];
        for (int oh = 0; oh < s.outHeight(); oh++) {
            for (int ow = 0; ow < s.outWidth(); ow++) {
                offsets[oh * s.outWidth() + ow] = oh * s.strideH() * paddedW + ow * s.strideW();
            }
        }
        return offsets;
    }

    private static boolean hasPadding(Conv2dShape s) {
        return s.padH() > 0 || s.padW() > 0;
    }

    /** Image n with a zero border of the padding width (this thread's buffer), or x itself without padding. */
    private static float[] paddedImage(Conv2dShape s, float[] x, int n) {
        if (!hasPadding(s)) {
            return x;
        }
        int paddedH = s.height() + 2 * s.padH();
        int paddedW = s.width() + 2 * s.padW();
        float[] xp = PADDED_INPUT.floats(s.inChannels() * paddedH * paddedW);
        Arrays.fill(xp, 0, s.inChannels() * paddedH * paddedW, 0f);
        for (int c = 0; c < s.inChannels(); c++) {
            for (int ih = 0; ih < s.height(); ih++) {
                System.arraycopy(x, ((n * s.inChannels() + c) * s.height() + ih) * s.width(),
                        xp, (c * paddedH + ih + s.padH()) * paddedW + s.padW(), s.width());
            }
        }
        return xp;
    }

    /** {@code to[j][i] = from[i][j]} for a rows x cols matrix. */
    private static void transpose(float[] from, int rows, int cols, float[] to) {
        transpose(from, 0, rows, cols, to);
    }

    private static void transpose(float[] from, int offset, int rows, int cols, float[] to) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                to[j * rows + i] = from[offset + i * cols + j];
            }
        }
    }
}

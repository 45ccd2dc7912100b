package dlprep.engine.kernels;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Direct convolution with the output channels in the SIMD lanes, for small images (LeNet-sized layers),
 * where im2col costs more than the GEMM it feeds: every patch row there is only a few floats long, and
 * the GEMMs are thin (6 or 16 output channels).
 *
 * <p>With the weight stored tap-major, {@code wT[tap][oc]} (tap = (c, ki, kj)), one output position of
 * {@code LANES} channels is a sum of vectors:
 * <pre>
 *   y[oc..oc+L)(p) = bias + sum over taps t of  x[c][ih(p, ki)][iw(p, kj)]  *  wT[t][oc..oc+L)
 *                                               (one input value, broadcast)   (one vector load)
 * </pre>
 * Four positions are computed together so that each weight vector loaded feeds four multiply-adds. The
 * weight gradient is the same products regrouped, with dy transposed to position-major
 * ({@code dyT[p][oc]}): {@code dwT[t][oc..] += x(p, t) * dyT[p][oc..]}, summed over positions, four taps
 * at a time. The channel count is rounded up to whole vectors with zeros in the spare lanes, and padding
 * is handled by a zero-bordered copy of the image, so the inner loops have no bounds tests.
 *
 * <p>The input gradient is not computed here: with the output channels in the lanes, every input pixel
 * ends in a sum across lanes (10 ms on LeNet conv2, against 4.5 ms for GEMM + col2im). Stride-1 layers get
 * it from {@link FullConvolution}, which puts the input columns in the lanes; strided ones stay with im2col.
 */
final class DirectConv2d {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();

    private static final Workspace TRANSPOSED_WEIGHTS = new Workspace();
    private static final Workspace PADDED_BIAS = new Workspace();
    private static final Workspace PADDED_IMAGE = new Workspace();
    private static final Workspace TRANSPOSED_GRADIENT = new Workspace();
    private static final Workspace PARTIAL_WEIGHT_GRADS = new Workspace();

    private DirectConv2d() {
    }

    /**
     * The weight gradient goes direct for one group of small images. Measured single-threaded against
     * im2col + GEMM (batch 256 or 128): LeNet conv2 1.6 against 7.3 ms, 16->16 on 32x32 11 against 27 ms,
     * 32->32 on 16x16 9.2 against 12.7 ms, 3->16 on 32x32 4.6 against 10 ms, stride 2 5.5 against 10.2 ms;
     * it loses only where the images are tiny and the patch long (64->64 on 8x8: 8.5 against 7.2 ms). The
     * GEMM's worst case is a thin transposed-B product such as LeNet conv1's 25 x 6 result.
     */
    static boolean appliesToWeightGrad(Conv2dShape s, boolean smallImage) {
        return smallImage && s.groups() == 1;
    }

    /**
     * The forward pass goes direct only where im2col is slow, i.e. not a block copy per tap (valid or
     * strided convolutions), with whole vectors of output channels: for "same" stride-1 layers im2col + GEMM
     * was faster (e.g. 32x32, 16->16, 3x3: 8.2 against 9.6 ms), as it was with few input channels, where
     * storing the lanes costs more than the multiply-adds (3->16 channels: 2.3 against 6.3 ms).
     */
    static boolean appliesToForward(Conv2dShape s, boolean smallImage) {
        return smallImage && s.groups() == 1 && s.outChannels() % LANES == 0 && !Im2col.isContiguous(s)
                && s.patchSize() >= 4 * LANES;
    }

    static void forward(Conv2dShape s, float[] x, float[] w, float[] bias, float[] y) {
        int lanes = paddedChannels(s);
        float[] wT = transposedWeights(s, w);
        float[] b = PADDED_BIAS.floats(lanes);
        Arrays.fill(b, 0, lanes, 0f);
        if (bias != null) {
            System.arraycopy(bias, 0, b, 0, s.outChannels());
        }
        int[] tapOffsets = tapOffsets(s);
        int[] positionOffsets = positionOffsets(s);
        Parallel.forRange(s.batch(), 1, (lo, hi) -> {
            float[] stored = new float[LANES];
            for (int n = lo; n < hi; n++) {
                float[] xp = paddedImage(s, x, n);
                int xpOffset = hasPadding(s) ? 0 : n * s.inChannels() * s.height() * s.width();
                for (int v = 0; v < lanes; v += LANES) {
                    forwardChannels(s, xp, xpOffset, wT, b, y, n, v, tapOffsets, positionOffsets, stored);
                }
            }
        });
    }

    static void backwardWeight(Conv2dShape s, float[] x, float[] dy, float[] dw) {
        int taps = s.patchSize();
        int lanes = paddedChannels(s);
        int[] tapOffsets = tapOffsets(s);
        int[] positionOffsets = positionOffsets(s);
        int parts = Math.min(Parallel.threads(), s.batch());
        float[] partial = PARTIAL_WEIGHT_GRADS.floats(parts * taps * lanes);
        Parallel.forEach(parts, part -> {
            int from = part * taps * lanes;
            Arrays.fill(partial, from, from + taps * lanes, 0f);
            for (int n = s.batch() * part / parts; n < s.batch() * (part + 1) / parts; n++) {
                float[] xp = paddedImage(s, x, n);
                int xpOffset = hasPadding(s) ? 0 : n * s.inChannels() * s.height() * s.width();
                float[] dyT = transposedGradient(s, dy, n);
                for (int v = 0; v < lanes; v += LANES) {
                    accumulateWeightGrad(xp, xpOffset, dyT, lanes, v, tapOffsets, positionOffsets, partial, from);
                }
            }
        });
        Arrays.fill(dw, 0f);
        for (int part = 0; part < parts; part++) {
            for (int t = 0; t < taps; t++) {
                for (int oc = 0; oc < s.outChannels(); oc++) {
                    dw[oc * taps + t] += partial[part * taps * lanes + t * lanes + oc];
                }
            }
        }
    }

    /** Output channels {@code [v, v + LANES)} of image n, four positions at a time. */
    private static void forwardChannels(Conv2dShape s, float[] xp, int xpOffset, float[] wT, float[] bias,
                                        float[] y, int n, int v, int[] tapOffsets, int[] positionOffsets,
                                        float[] stored) {
        int lanes = paddedChannels(s);
        int positions = positionOffsets.length;
        int channels = Math.min(LANES, s.outChannels() - v);
        FloatVector start = FloatVector.fromArray(SPECIES, bias, v);
        int yPlane = (n * s.outChannels() + v) * positions;
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
                FloatVector wv = FloatVector.fromArray(SPECIES, wT, t * lanes + v);
                int tap = tapOffsets[t];
                acc0 = wv.fma(FloatVector.broadcast(SPECIES, xp[p0 + tap]), acc0);
                acc1 = wv.fma(FloatVector.broadcast(SPECIES, xp[p1 + tap]), acc1);
                acc2 = wv.fma(FloatVector.broadcast(SPECIES, xp[p2 + tap]), acc2);
                acc3 = wv.fma(FloatVector.broadcast(SPECIES, xp[p3 + tap]), acc3);
            }
            store(acc0, stored, channels, y, yPlane + p, positions);
            store(acc1, stored, channels, y, yPlane + p + 1, positions);
            store(acc2, stored, channels, y, yPlane + p + 2, positions);
            store(acc3, stored, channels, y, yPlane + p + 3, positions);
        }
        for (; p < positions; p++) {
            int p0 = xpOffset + positionOffsets[p];
            FloatVector acc = start;
            for (int t = 0; t < tapOffsets.length; t++) {
                acc = FloatVector.fromArray(SPECIES, wT, t * lanes + v)
                        .fma(FloatVector.broadcast(SPECIES, xp[p0 + tapOffsets[t]]), acc);
            }
            store(acc, stored, channels, y, yPlane + p, positions);
        }
    }

    /** Adds image n's {@code x(p, t) * dyT[p][v..v+LANES)} over all positions to {@code dwT[t][v..]}, four taps at a time. */
    private static void accumulateWeightGrad(float[] xp, int xpOffset, float[] dyT, int lanes, int v,
                                             int[] tapOffsets, int[] positionOffsets, float[] dwT, int dwFrom) {
        int taps = tapOffsets.length;
        int t = 0;
        for (; t + 4 <= taps; t += 4) {
            int t0 = xpOffset + tapOffsets[t];
            int t1 = xpOffset + tapOffsets[t + 1];
            int t2 = xpOffset + tapOffsets[t + 2];
            int t3 = xpOffset + tapOffsets[t + 3];
            int d = dwFrom + t * lanes + v;
            FloatVector acc0 = FloatVector.fromArray(SPECIES, dwT, d);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, dwT, d + lanes);
            FloatVector acc2 = FloatVector.fromArray(SPECIES, dwT, d + 2 * lanes);
            FloatVector acc3 = FloatVector.fromArray(SPECIES, dwT, d + 3 * lanes);
            for (int p = 0; p < positionOffsets.length; p++) {
                FloatVector g = FloatVector.fromArray(SPECIES, dyT, p * lanes + v);
                int pos = positionOffsets[p];
                acc0 = g.fma(FloatVector.broadcast(SPECIES, xp[t0 + pos]), acc0);
                acc1 = g.fma(FloatVector.broadcast(SPECIES, xp[t1 + pos]), acc1);
                acc2 = g.fma(FloatVector.broadcast(SPECIES, xp[t2 + pos]), acc2);
                acc3 = g.fma(FloatVector.broadcast(SPECIES, xp[t3 + pos]), acc3);
            }
            acc0.intoArray(dwT, d);
            acc1.intoArray(dwT, d + lanes);
            acc2.intoArray(dwT, d + 2 * lanes);
            acc3.intoArray(dwT, d + 3 * lanes);
        }
        for (; t < taps; t++) {
            int t0 = xpOffset + tapOffsets[t];
            int d = dwFrom + t * lanes + v;
            FloatVector acc = FloatVector.fromArray(SPECIES, dwT, d);
            for (int p = 0; p < positionOffsets.length; p++) {
                acc = FloatVector.fromArray(SPECIES, dyT, p * lanes + v)
                        .fma(FloatVector.broadcast(SPECIES, xp[t0 + positionOffsets[p]]), acc);
            }
            acc.intoArray(dwT, d);
        }
    }

    /** Writes the first {@code channels} lanes of {@code acc} to their output planes, {@code planeSize} apart. */
    private static void store(FloatVector acc, float[] stored, int channels, float[] y, int first, int planeSize) {
        acc.intoArray(stored, 0);
        for (int lane = 0; lane < channels; lane++) {
            y[first + lane * planeSize] = stored[lane];
        }
    }

    /** Output channels rounded up to whole vectors. */
    private static int paddedChannels(Conv2dShape s) {
        return (s.outChannels() + LANES - 1) / LANES * LANES;
    }

    /** {@code wT[tap][oc]} from {@code w[oc][tap]}, spare lanes zero (the caller thread's buffer, read by all workers). */
    private static float[] transposedWeights(Conv2dShape s, float[] w) {
        int taps = s.patchSize();
        int lanes = paddedChannels(s);
        float[] wT = TRANSPOSED_WEIGHTS.floats(taps * lanes);
        Arrays.fill(wT, 0, taps * lanes, 0f);
        Transpose.transpose(w, 0, s.outChannels(), taps, taps, wT, 0, lanes);
        return wT;
    }

    /** {@code dyT[p][oc]} of image n, spare lanes zero (this thread's buffer). */
    private static float[] transposedGradient(Conv2dShape s, float[] dy, int n) {
        int lanes = paddedChannels(s);
        int positions = s.outHeight() * s.outWidth();
        float[] dyT = TRANSPOSED_GRADIENT.floats(positions * lanes);
        Arrays.fill(dyT, 0, positions * lanes, 0f);
        Transpose.transpose(dy, n * s.outChannels() * positions, s.outChannels(), positions, positions, dyT, 0, lanes);
        return dyT;
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
        float[] xp = PADDED_IMAGE.floats(s.inChannels() * paddedH * paddedW);
        Arrays.fill(xp, 0, s.inChannels() * paddedH * paddedW, 0f);
        for (int c = 0; c < s.inChannels(); c++) {
            for (int ih = 0; ih < s.height(); ih++) {
                System.arraycopy(x, ((n * s.inChannels() + c) * s.height() + ih) * s.width(),
                        xp, (c * paddedH + ih + s.padH()) * paddedW + s.padW(), s.width());
            }
        }
        return xp;
    }
}

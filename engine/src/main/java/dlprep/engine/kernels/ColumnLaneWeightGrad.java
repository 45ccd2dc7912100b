package dlprep.engine.kernels;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The weight gradient of a stride-1 convolution with fewer output channels than SIMD lanes (LeNet's
 * conv1: 6 channels), with the output columns in the lanes instead of the channels. For output channel oc
 * and tap t = (c, ki, kj),
 * <pre>
 *   dw[oc][t] = sum over rows i, columns j of  dy[oc][i][j] * x[c][i + ki][j + kj]
 * </pre>
 * and along j both factors are contiguous: a row of dy and a shifted row of the padded image. So each step
 * is one vector of dy times one vector of x, accumulated lane-wise, and the lanes are added up once at the
 * very end. {@link DirectConv2d}, which puts the output channels in the lanes, would fill only 6 of 16 lanes
 * here and first transposes dy; this kernel wastes only the columns that round a row up to whole vectors.
 *
 * <p>Layout: dy rows are copied to a stride of whole vectors, zero beyond the row's end, and the image to a
 * zero-bordered copy whose rows are that stride plus the kernel's reach, so no load crosses into the next
 * row. A register tile of 2 channels x 2 taps (four accumulators) makes each loaded vector feed two
 * multiply-adds. Each thread sums its images into its own lane-wise partial gradient.
 */
final class ColumnLaneWeightGrad {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private static final Workspace PADDED_IMAGE = new Workspace();
    private static final Workspace PADDED_GRADIENT = new Workspace();
    private static final Workspace PARTIAL_LANES = new Workspace();

    private ColumnLaneWeightGrad() {
    }

    /** Stride 1, one group, and fewer output channels than lanes (where the channel-lane kernel wastes most). */
    static boolean appliesTo(Conv2dShape s, boolean smallImage) {
        return smallImage && s.groups() == 1 && s.strideH() == 1 && s.strideW() == 1
                && s.outChannels() < LANES;
    }

    static void backwardWeight(Conv2dShape s, float[] x, float[] dy, float[] dw) {
        int taps = s.patchSize();
        int slots = s.outChannels() * taps * LANES;
        int parts = Math.min(Parallel.threads(), s.batch());
        float[] partial = PARTIAL_LANES.floats(parts * slots);
        Geometry g = new Geometry(s);
        Parallel.forEach(parts, part -> {
            int from = part * slots;
            Arrays.fill(partial, from, from + slots, 0f);
            float[] xp = PADDED_IMAGE.floats(s.inChannels() * g.planeSize);
            float[] dyp = PADDED_GRADIENT.floats(s.outChannels() * g.gradientPlaneSize);
            for (int n = s.batch() * part / parts; n < s.batch() * (part + 1) / parts; n++) {
                layOutImage(s, g, x, n, xp);
                layOutGradient(s, g, dy, n, dyp);
                for (int oc = 0; oc < s.outChannels(); oc += 2) {
                    // An odd last channel pairs with itself; its duplicate accumulators are not stored.
                    int oc1 = Math.min(oc + 1, s.outChannels() - 1);
                    for (int t = 0; t < taps; t += 2) {
                        int t1 = Math.min(t + 1, taps - 1);
                        accumulateTile(s, g, xp, dyp, oc, oc1, t, t1, partial, from);
                    }
                }
            }
        });
        for (int part = 1; part < parts; part++) {
            FloatRows.add(partial, part * slots, partial, 0, slots);
        }
        for (int i = 0; i < s.outChannels() * taps; i++) {
            dw[i] = FloatVector.fromArray(SPECIES, partial, i * LANES).reduceLanes(VectorOperators.ADD);
        }
    }

    /** Strides and sizes of the padded copies. */
    private static final class Geometry {
        final int gradientStride;
        final int gradientPlaneSize;
        final int imageStride;
        final int planeSize;
        /** For the k-th vector of a dy plane (row i, columns j..j+LANES), where its x row segment starts. */
        final int[] vectorOffsets;
        /** For tap t = (c, ki, kj), where its first input value lies in the padded image. */
        final int[] tapOffsets;

        Geometry(Conv2dShape s) {
            gradientStride = (s.outWidth() + LANES - 1) / LANES * LANES;
            gradientPlaneSize = s.outHeight() * gradientStride;
            imageStride = gradientStride + (s.kernelW() - 1) * s.dilationW();
            planeSize = (s.height() + 2 * s.padH()) * imageStride;
            int perRow = gradientStride / LANES;
            vectorOffsets = new int[s.outHeight() * perRow];
            for (int k = 0; k < vectorOffsets.length; k++) {
                vectorOffsets[k] = k / perRow * imageStride + k % perRow * LANES;
            }
            int kernelPlane = s.kernelH() * s.kernelW();
            tapOffsets = new int[s.patchSize()];
            for (int t = 0; t < tapOffsets.length; t++) {
                int c = t / kernelPlane;
                int ki = t % kernelPlane / s.kernelW();
                int kj = t % s.kernelW();
                tapOffsets[t] = c * planeSize + ki * s.dilationH() * imageStride + kj * s.dilationW();
            }
        }
    }

    /** Image n into {@code xp}: each channel's rows at {@code imageStride}, inside a zero border. */
    private static void layOutImage(Conv2dShape s, Geometry g, float[] x, int n, float[] xp) {
        Arrays.fill(xp, 0, s.inChannels() * g.planeSize, 0f);
        int h = s.height();
        int w = s.width();
        for (int c = 0; c < s.inChannels(); c++) {
            int from = (n * s.inChannels() + c) * h * w;
            int to = c * g.planeSize + s.padH() * g.imageStride + s.padW();
            for (int r = 0; r < h; r++, from += w, to += g.imageStride) {
                System.arraycopy(x, from, xp, to, w);
            }
        }
    }

    /** Image n's dy into {@code dyp}: rows at {@code gradientStride}, zero past each row's end. */
    private static void layOutGradient(Conv2dShape s, Geometry g, float[] dy, int n, float[] dyp) {
        int outH = s.outHeight();
        int outW = s.outWidth();
        int stride = g.gradientStride;
        int plane = outH * outW;
        for (int oc = 0; oc < s.outChannels(); oc++) {
            int from = (n * s.outChannels() + oc) * plane;
            int to = oc * g.gradientPlaneSize;
            for (int r = 0; r < outH; r++, from += outW, to += stride) {
                System.arraycopy(dy, from, dyp, to, outW);
                Arrays.fill(dyp, to + outW, to + stride, 0f);
            }
        }
    }

    /** Adds image n's lane-wise sums for channels oc0, oc1 and taps t0, t1 to {@code partial}. */
    private static void accumulateTile(Conv2dShape s, Geometry g, float[] xp, float[] dyp, int oc0, int oc1,
                                       int t0, int t1, float[] partial, int from) {
        FloatVector acc00 = FloatVector.zero(SPECIES);
        FloatVector acc01 = FloatVector.zero(SPECIES);
        FloatVector acc10 = FloatVector.zero(SPECIES);
        FloatVector acc11 = FloatVector.zero(SPECIES);
        int x0 = g.tapOffsets[t0];
        int x1 = g.tapOffsets[t1];
        int dy0 = oc0 * g.gradientPlaneSize;
        int dy1 = oc1 * g.gradientPlaneSize;
        // One flat loop over the plane's vectors (dy is contiguous, x rows are found in a table): carried
        // across two nested loops, the accumulators were not kept in registers and the kernel ran ~20x slower.
        int[] xOffsets = g.vectorOffsets;
        for (int k = 0; k < xOffsets.length; k++) {
            int dyAt = k * LANES;
            FloatVector d0 = FloatVector.fromArray(SPECIES, dyp, dy0 + dyAt);
            FloatVector d1 = FloatVector.fromArray(SPECIES, dyp, dy1 + dyAt);
            FloatVector a = FloatVector.fromArray(SPECIES, xp, x0 + xOffsets[k]);
            FloatVector b = FloatVector.fromArray(SPECIES, xp, x1 + xOffsets[k]);
            acc00 = d0.fma(a, acc00);
            acc01 = d0.fma(b, acc01);
            acc10 = d1.fma(a, acc10);
            acc11 = d1.fma(b, acc11);
        }
        int taps = s.patchSize();
        addLanes(acc00, partial, from + (oc0 * taps + t0) * LANES);
        if (t1 != t0) {
            addLanes(acc01, partial, from + (oc0 * taps + t1) * LANES);
        }
        if (oc1 != oc0) {
            addLanes(acc10, partial, from + (oc1 * taps + t0) * LANES);
            if (t1 != t0) {
                addLanes(acc11, partial, from + (oc1 * taps + t1) * LANES);
            }
        }
    }

    private static void addLanes(FloatVector acc, float[] partial, int at) {
        acc.add(FloatVector.fromArray(SPECIES, partial, at)).intoArray(partial, at);
    }
}

package dlprep.engine.kernels;

import java.util.Arrays;
import java.util.function.IntConsumer;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Fast float convolution: im2col + GEMM (see {@link Im2col} for why that works), with two shortcuts.
 * <ul>
 *   <li>1x1, stride 1, no padding: the input plane [C, H*W] already is the column matrix, so the GEMM
 *       reads x directly and im2col is skipped.</li>
 *   <li>depthwise (groups == inChannels == outChannels): each GEMM would be a 1-row matrix-vector product,
 *       so {@link DepthwiseConv2d} computes it directly instead.</li>
 * </ul>
 * The three passes, per image and group, with col the K x P patch matrix and W the [outC, K] weight:
 * <pre>
 *   forward         y  = W * col(x)            (+ bias)
 *   backwardInput   dx = col2im(W^T * dy)
 *   backwardWeight  dW = sum over images of dy * col(x)^T
 * </pre>
 * conv_transpose2d is the same pair of passes swapped: its forward is {@link #backwardInput}.
 *
 * <p>Parallelism: images are dealt out one per worker, and each worker runs its GEMMs inline (a nested
 * {@link Parallel} call runs on the caller), so both cores work on separate images with no synchronisation
 * inside an image. Images left over when the batch is not a multiple of the thread count run one at a
 * time on the caller, where the GEMM spreads over the whole pool by itself.
 *
 * <p>The patch matrix is built a band of output rows at a time, sized to stay in the core's cache between
 * im2col writing it and the GEMM reading it; the band buffer is reused per thread ({@link Workspace}).
 */
public final class Conv2dKernel {

    /** Floats in one im2col band (1 MiB); a band holds at least one output row. */
    private static final int BAND_FLOATS = 1 << 18;

    private static final Workspace COLUMNS = new Workspace();
    private static final Workspace PARTIAL_WEIGHT_GRADS = new Workspace();
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private Conv2dKernel() {
    }

    /** {@code y = conv2d(x, w) + bias}; {@code bias} (one per output channel) may be null; y is overwritten. */
    public static void forward(Conv2dShape s, float[] x, float[] w, float[] bias, float[] y) {
        ArrayLengths.require("conv2d", "x", x.length, s.inputSize(), s);
        ArrayLengths.require("conv2d", "w", w.length, s.weightSize(), s);
        ArrayLengths.require("conv2d", "y", y.length, s.outputSize(), s);
        if (bias != null) {
            ArrayLengths.require("conv2d", "bias", bias.length, s.outChannels(), s);
        }
        if (isDepthwise(s)) {
            DepthwiseConv2d.forward(s, x, w, bias, y);
            return;
        }
        forEachImage(s.batch(), n -> {
            for (int g = 0; g < s.groups(); g++) {
                forwardGroup(s, x, w, bias, y, n, g);
            }
        });
    }

    /** {@code dx = dL/dx} from {@code dy = dL/dy}; dx is overwritten. */
    public static void backwardInput(Conv2dShape s, float[] dy, float[] w, float[] dx) {
        ArrayLengths.require("conv2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("conv2d backward", "w", w.length, s.weightSize(), s);
        ArrayLengths.require("conv2d backward", "dx", dx.length, s.inputSize(), s);
        if (isDepthwise(s)) {
            DepthwiseConv2d.backwardInput(s, dy, w, dx);
            return;
        }
        forEachImage(s.batch(), n -> {
            for (int g = 0; g < s.groups(); g++) {
                backwardInputGroup(s, dy, w, dx, n, g);
            }
        });
    }

    /** {@code dw = dL/dw} summed over the batch; dw is overwritten. */
    public static void backwardWeight(Conv2dShape s, float[] x, float[] dy, float[] dw) {
        ArrayLengths.require("conv2d backward", "x", x.length, s.inputSize(), s);
        ArrayLengths.require("conv2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("conv2d backward", "dw", dw.length, s.weightSize(), s);
        if (isDepthwise(s)) {
            DepthwiseConv2d.backwardWeight(s, x, dy, dw);
            return;
        }
        // Each worker sums its images into a private copy of dw (no races), then the copies are added.
        int parts = Parallel.threads();
        int rounds = s.batch() - s.batch() % parts;
        int size = s.weightSize();
        Arrays.fill(dw, 0f);
        if (rounds > 0) {
            float[] partial = PARTIAL_WEIGHT_GRADS.floats(parts * size);
            Parallel.forEach(parts, p -> {
                Arrays.fill(partial, p * size, (p + 1) * size, 0f);
                for (int n = rounds * p / parts; n < rounds * (p + 1) / parts; n++) {
                    accumulateWeightGrad(s, x, dy, n, partial, p * size);
                }
            });
            for (int p = 0; p < parts; p++) {
                for (int i = 0; i < size; i++) {
                    dw[i] += partial[p * size + i];
                }
            }
        }
        for (int n = rounds; n < s.batch(); n++) {
            accumulateWeightGrad(s, x, dy, n, dw, 0);
        }
    }

    /** {@code db[oc]} = sum of dy over the batch and the plane of output channel oc; db is overwritten. */
    public static void backwardBias(Conv2dShape s, float[] dy, float[] db) {
        ArrayLengths.require("conv2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("conv2d backward", "db", db.length, s.outChannels(), s);
        int planeSize = s.outHeight() * s.outWidth();
        Parallel.forRange(s.outChannels(), 1, (lo, hi) -> {
            for (int oc = lo; oc < hi; oc++) {
                double total = 0;
                for (int n = 0; n < s.batch(); n++) {
                    total += sum(dy, (n * s.outChannels() + oc) * planeSize, planeSize);
                }
                db[oc] = (float) total;
            }
        });
    }

    static boolean isDepthwise(Conv2dShape s) {
        return s.groups() == s.inChannels() && s.groups() == s.outChannels();
    }

    /** 1x1 kernel, stride 1, no padding: the input already is the im2col matrix (dilation has no effect). */
    static boolean isPointwise(Conv2dShape s) {
        return s.kernelH() == 1 && s.kernelW() == 1 && s.strideH() == 1 && s.strideW() == 1
                && s.padH() == 0 && s.padW() == 0;
    }

    private static void forwardGroup(Conv2dShape s, float[] x, float[] w, float[] bias, float[] y, int n, int g) {
        int outPerGroup = s.outChannelsPerGroup();
        int k = s.patchSize();
        int positions = s.outHeight() * s.outWidth();
        int xOffset = (n * s.inChannels() + g * s.inChannelsPerGroup()) * s.height() * s.width();
        int wOffset = g * outPerGroup * k;
        int yOffset = (n * s.outChannels() + g * outPerGroup) * positions;
        float beta = 0f;
        if (bias != null) {
            for (int oc = 0; oc < outPerGroup; oc++) {
                int row = yOffset + oc * positions;
                Arrays.fill(y, row, row + positions, bias[g * outPerGroup + oc]);
            }
            beta = 1f;
        }
        if (isPointwise(s)) {
            Gemm.sgemm(false, false, outPerGroup, positions, k, 1f, w, wOffset, k,
                    x, xOffset, positions, beta, y, yOffset, positions);
            return;
        }
        int band = bandRows(s);
        float[] col = COLUMNS.floats(k * band * s.outWidth());
        for (int oh = 0; oh < s.outHeight(); oh += band) {
            int ohEnd = Math.min(s.outHeight(), oh + band);
            int cols = (ohEnd - oh) * s.outWidth();
            Im2col.im2col(s, x, xOffset, oh, ohEnd, col);
            Gemm.sgemm(false, false, outPerGroup, cols, k, 1f, w, wOffset, k,
                    col, 0, cols, beta, y, yOffset + oh * s.outWidth(), positions);
        }
    }

    private static void backwardInputGroup(Conv2dShape s, float[] dy, float[] w, float[] dx, int n, int g) {
        int outPerGroup = s.outChannelsPerGroup();
        int k = s.patchSize();
        int positions = s.outHeight() * s.outWidth();
        int dxOffset = (n * s.inChannels() + g * s.inChannelsPerGroup()) * s.height() * s.width();
        int wOffset = g * outPerGroup * k;
        int dyOffset = (n * s.outChannels() + g * outPerGroup) * positions;
        if (isPointwise(s)) {
            Gemm.sgemm(true, false, k, positions, outPerGroup, 1f, w, wOffset, k,
                    dy, dyOffset, positions, 0f, dx, dxOffset, positions);
            return;
        }
        Arrays.fill(dx, dxOffset, dxOffset + s.inChannelsPerGroup() * s.height() * s.width(), 0f);
        int band = bandRows(s);
        float[] col = COLUMNS.floats(k * band * s.outWidth());
        for (int oh = 0; oh < s.outHeight(); oh += band) {
            int ohEnd = Math.min(s.outHeight(), oh + band);
            int cols = (ohEnd - oh) * s.outWidth();
            Gemm.sgemm(true, false, k, cols, outPerGroup, 1f, w, wOffset, k,
                    dy, dyOffset + oh * s.outWidth(), positions, 0f, col, 0, cols);
            Im2col.col2im(s, col, oh, ohEnd, dx, dxOffset);
        }
    }

    /** Adds image n's contribution {@code dy_n * col(x_n)^T} to the weight gradient at {@code dw[dwOffset...]}. */
    private static void accumulateWeightGrad(Conv2dShape s, float[] x, float[] dy, int n, float[] dw, int dwOffset) {
        int outPerGroup = s.outChannelsPerGroup();
        int k = s.patchSize();
        int positions = s.outHeight() * s.outWidth();
        for (int g = 0; g < s.groups(); g++) {
            int xOffset = (n * s.inChannels() + g * s.inChannelsPerGroup()) * s.height() * s.width();
            int dwGroup = dwOffset + g * outPerGroup * k;
            int dyOffset = (n * s.outChannels() + g * outPerGroup) * positions;
            if (isPointwise(s)) {
                Gemm.sgemm(false, true, outPerGroup, k, positions, 1f, dy, dyOffset, positions,
                        x, xOffset, positions, 1f, dw, dwGroup, k);
                continue;
            }
            int band = bandRows(s);
            float[] col = COLUMNS.floats(k * band * s.outWidth());
            for (int oh = 0; oh < s.outHeight(); oh += band) {
                int ohEnd = Math.min(s.outHeight(), oh + band);
                int cols = (ohEnd - oh) * s.outWidth();
                Im2col.im2col(s, x, xOffset, oh, ohEnd, col);
                Gemm.sgemm(false, true, outPerGroup, k, cols, 1f, dy, dyOffset + oh * s.outWidth(), positions,
                        col, 0, cols, 1f, dw, dwGroup, k);
            }
        }
    }

    /** Output rows per im2col band: as many as fit in {@link #BAND_FLOATS}, at least one. */
    private static int bandRows(Conv2dShape s) {
        long rowFloats = (long) s.patchSize() * s.outWidth();
        return (int) Math.max(1, Math.min(s.outHeight(), BAND_FLOATS / rowFloats));
    }

    /** Runs {@code body} for every image: in rounds of one image per thread, then the rest on the caller. */
    private static void forEachImage(int batch, IntConsumer body) {
        int rounds = batch - batch % Parallel.threads();
        Parallel.forEach(rounds, body::accept);
        for (int n = rounds; n < batch; n++) {
            body.accept(n);
        }
    }

    /** Sum of {@code a[offset .. offset + length)}, a SIMD lane per partial sum. */
    private static double sum(float[] a, int offset, int length) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
            acc = acc.add(FloatVector.fromArray(SPECIES, a, offset + i));
        }
        double total = acc.reduceLanes(VectorOperators.ADD);
        for (; i < length; i++) {
            total += a[offset + i];
        }
        return total;
    }
}

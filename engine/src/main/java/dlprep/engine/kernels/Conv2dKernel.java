package dlprep.engine.kernels;

import java.util.Arrays;

/**
 * Fast float convolution: im2col + GEMM (see {@link Im2col} for why that works), with four shortcuts.
 * <ul>
 *   <li>kernel taps that only ever read padding (a 3x3 kernel on a 1x1 map): the smaller convolution
 *       without them, see {@link DeadTaps}.</li>
 *   <li>1x1, stride 1, no padding: the input plane [C, H*W] already is the column matrix, so the GEMM
 *       reads x directly and im2col is skipped.</li>
 *   <li>depthwise (groups == inChannels == outChannels): each GEMM would be a 1-row matrix-vector product,
 *       so {@link DepthwiseConv2d} computes it directly instead.</li>
 *   <li>small images whose patch rows are only a few floats long (LeNet's 5x5 on 14x14): im2col costs more
 *       than the GEMM, so {@link DirectConv2d} computes the passes where it was measured faster directly,
 *       with the output channels in the SIMD lanes; their stride-1 input gradient is the full convolution
 *       of dy with the kernel, which {@link FullConvolution} computes on flat zero-bordered planes; with
 *       fewer output channels than lanes (LeNet's conv1) the weight gradient puts the output columns in the
 *       lanes instead ({@link ColumnLaneWeightGrad}).</li>
 * </ul>
 * The three passes, per image and group, with col the K x P patch matrix and W the [outC, K] weight:
 * <pre>
 *   forward         y  = W * col(x)            (+ bias)
 *   backwardInput   dx = col2im(W^T * dy)
 *   backwardWeight  dW = sum over images of dy * col(x)^T    (computed as its transpose, col(x) * dy^T)
 * </pre>
 * conv_transpose2d is the same pair of passes swapped: its forward is {@link #backwardInput}.
 *
 * <p>Each GEMM gets a patch matrix of about {@link #PANEL_FLOATS} floats, large enough for the GEMM to run
 * at full speed, small enough to stay in cache between im2col writing it and the GEMM reading it:
 * <ul>
 *   <li>a large image is cut into bands of output rows, and each band's GEMM writes straight into y;</li>
 *   <li>small images (LeNet's 10x10 outputs) are put side by side, a chunk of them per GEMM, whose
 *       [outC, images * P] result is then copied to the NCHW planes (dy is gathered the other way).</li>
 * </ul>
 *
 * <p>Parallelism: chunks of images are dealt out one per worker, and each worker runs its GEMMs inline
 * (a nested {@link Parallel} call runs on the caller), so both cores work on separate images with no
 * synchronisation inside an image. Chunks left over when their number is not a multiple of the thread
 * count run one at a time on the caller, where the GEMM spreads over the whole pool by itself. Scratch
 * matrices are reused per thread ({@link Workspace}).
 */
public final class Conv2dKernel {

    /**
     * Floats of patch matrix per GEMM (2 MiB). Measured single-threaded on the ResNet 3x3 layer, forward +
     * backward: 0.5 MiB 247-268 ms, 1 MiB 205-230 ms, 2 MiB 191-192 ms, 4 MiB 212-219 ms.
     */
    private static final int PANEL_FLOATS = 1 << 19;
    /** Rows of the transposed weight gradient per part when the workers' copies are summed. */
    private static final int REDUCE_ROWS_PER_PART = 256;

    private static final Workspace COLUMNS = new Workspace();
    private static final Workspace STAGING = new Workspace();
    private static final Workspace PARTIAL_WEIGHT_GRADS = new Workspace();

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
        DeadTaps dead = DeadTaps.of(s);
        if (dead != null) {
            forward(dead.shape(), x, dead.liveWeights(s, w), bias, y);
            return;
        }
        if (isDepthwise(s)) {
            DepthwiseConv2d.forward(s, x, w, bias, y);
            return;
        }
        if (DirectConv2d.appliesToForward(s, isSmallImage(s) && hasFewChannels(s))) {
            DirectConv2d.forward(s, x, w, bias, y);
            return;
        }
        Gemm.PackedA packedW = chunksShareWeights(s) ? Gemm.pack(false, s.outChannels(), s.patchSize(), w, 0,
                s.patchSize()) : null;
        forEachChunk(s, (first, count) -> {
            for (int g = 0; g < s.groups(); g++) {
                if (count == 1) {
                    forwardImage(s, x, w, bias, y, first, g);
                } else {
                    forwardChunk(s, x, w, packedW, bias, y, first, count, g);
                }
            }
        });
    }

    /** {@code dx = dL/dx} from {@code dy = dL/dy}; dx is overwritten. */
    public static void backwardInput(Conv2dShape s, float[] dy, float[] w, float[] dx) {
        ArrayLengths.require("conv2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("conv2d backward", "w", w.length, s.weightSize(), s);
        ArrayLengths.require("conv2d backward", "dx", dx.length, s.inputSize(), s);
        DeadTaps dead = DeadTaps.of(s);
        if (dead != null) {
            backwardInput(dead.shape(), dy, dead.liveWeights(s, w), dx);
            return;
        }
        if (isDepthwise(s)) {
            DepthwiseConv2d.backwardInput(s, dy, w, dx);
            return;
        }
        if (FullConvolution.appliesTo(s, isSmallImage(s) && hasFewChannels(s))) {
            FullConvolution.backwardInput(s, dy, w, dx);
            return;
        }
        Gemm.PackedA packedWT = chunksShareWeights(s) ? Gemm.pack(true, s.patchSize(), s.outChannels(), w, 0,
                s.patchSize()) : null;
        forEachChunk(s, (first, count) -> {
            for (int g = 0; g < s.groups(); g++) {
                if (count == 1) {
                    backwardInputImage(s, dy, w, dx, first, g);
                } else {
                    backwardInputChunk(s, dy, w, packedWT, dx, first, count, g);
                }
            }
        });
    }

    /** {@code dw = dL/dw} summed over the batch; dw is overwritten. */
    public static void backwardWeight(Conv2dShape s, float[] x, float[] dy, float[] dw) {
        ArrayLengths.require("conv2d backward", "x", x.length, s.inputSize(), s);
        ArrayLengths.require("conv2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("conv2d backward", "dw", dw.length, s.weightSize(), s);
        DeadTaps dead = DeadTaps.of(s);
        if (dead != null) {
            float[] liveGrad = new float[dead.shape().weightSize()];
            backwardWeight(dead.shape(), x, dy, liveGrad);
            dead.scatterWeightGrad(s, liveGrad, dw);
            return;
        }
        if (isDepthwise(s)) {
            DepthwiseConv2d.backwardWeight(s, x, dy, dw);
            return;
        }
        if (ColumnLaneWeightGrad.appliesTo(s, isSmallImage(s))) {
            ColumnLaneWeightGrad.backwardWeight(s, x, dy, dw);
            return;
        }
        if (DirectConv2d.appliesToWeightGrad(s, isSmallImage(s) && hasFewChannels(s))) {
            DirectConv2d.backwardWeight(s, x, dy, dw);
            return;
        }
        // Each worker sums its chunks into a private copy of dw, kept transposed ([K, outC] per group: see
        // accumulateWeightGrad); the copies are added and transposed back at the end, both split over the
        // threads too (for ResNet-18's 2.4-million-weight layers they are a sizeable serial tail otherwise).
        int chunk = imagesPerChunk(s);
        int chunks = (s.batch() + chunk - 1) / chunk;
        int parts = Parallel.threads();
        int rounds = chunks - chunks % parts;
        int size = s.weightSize();
        float[] partial = PARTIAL_WEIGHT_GRADS.floats(parts * size);
        Parallel.forEach(parts, p -> {
            Arrays.fill(partial, p * size, (p + 1) * size, 0f);
            for (int i = rounds * p / parts; i < rounds * (p + 1) / parts; i++) {
                accumulateWeightGrad(s, x, dy, i * chunk, Math.min(chunk, s.batch() - i * chunk), partial, p * size);
            }
        });
        for (int i = rounds; i < chunks; i++) {
            accumulateWeightGrad(s, x, dy, i * chunk, Math.min(chunk, s.batch() - i * chunk), partial, 0);
        }
        int patch = s.patchSize();
        int outPerGroup = s.outChannelsPerGroup();
        Parallel.forRange(s.groups() * patch, REDUCE_ROWS_PER_PART, (lo, hi) -> {
            for (int p = 1; p < parts; p++) {
                FloatRows.add(partial, p * size + lo * outPerGroup, partial, lo * outPerGroup, (hi - lo) * outPerGroup);
            }
            for (int row = lo; row < hi; ) {
                int g = row / patch;
                int end = Math.min(hi, (g + 1) * patch);
                int k = row - g * patch;
                Transpose.transpose(partial, row * outPerGroup, end - row, outPerGroup, outPerGroup,
                        dw, g * outPerGroup * patch + k, patch);
                row = end;
            }
        });
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
                    total += FloatRows.sum(dy, (n * s.outChannels() + oc) * planeSize, planeSize);
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

    // ---- one image: bands of output rows, GEMM straight into y / from dy -------------------------------

    private static void forwardImage(Conv2dShape s, float[] x, float[] w, float[] bias, float[] y, int n, int g) {
        int outPerGroup = s.outChannelsPerGroup();
        int k = s.patchSize();
        int positions = s.outHeight() * s.outWidth();
        int xOffset = inputOffset(s, n, g);
        int wOffset = g * outPerGroup * k;
        int yOffset = outputOffset(s, n, g);
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
            Im2col.im2col(s, x, xOffset, oh, ohEnd, col, 0, cols);
            Gemm.sgemm(false, false, outPerGroup, cols, k, 1f, w, wOffset, k,
                    col, 0, cols, beta, y, yOffset + oh * s.outWidth(), positions);
        }
    }

    private static void backwardInputImage(Conv2dShape s, float[] dy, float[] w, float[] dx, int n, int g) {
        int outPerGroup = s.outChannelsPerGroup();
        int k = s.patchSize();
        int positions = s.outHeight() * s.outWidth();
        int dxOffset = inputOffset(s, n, g);
        int wOffset = g * outPerGroup * k;
        int dyOffset = outputOffset(s, n, g);
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
            Im2col.col2im(s, col, 0, cols, oh, ohEnd, dx, dxOffset);
        }
    }

    /**
     * Adds the weight gradient of images {@code [first, first + count)}, transposed, to {@code dwT[dwOffset...]}:
     * {@code dW^T += col(x) * dy^T} per group. In this orientation the GEMM reads the big patch matrix as it
     * is (K x P, P contiguous) and transposes only the small dy slice (outC x P) while packing; computing
     * {@code dy * col(x)^T} instead made it transpose the patch matrix and ran about 30% slower.
     */
    private static void accumulateWeightGrad(Conv2dShape s, float[] x, float[] dy, int first, int count,
                                             float[] dwT, int dwOffset) {
        for (int g = 0; g < s.groups(); g++) {
            int dwGroup = dwOffset + g * s.outChannelsPerGroup() * s.patchSize();
            if (count == 1) {
                accumulateWeightGradImage(s, x, dy, first, g, dwT, dwGroup);
            } else {
                accumulateWeightGradChunk(s, x, dy, first, count, g, dwT, dwGroup);
            }
        }
    }

    private static void accumulateWeightGradImage(Conv2dShape s, float[] x, float[] dy, int n, int g,
                                                  float[] dwT, int dwGroup) {
        int outPerGroup = s.outChannelsPerGroup();
        int k = s.patchSize();
        int positions = s.outHeight() * s.outWidth();
        int xOffset = inputOffset(s, n, g);
        int dyOffset = outputOffset(s, n, g);
        if (isPointwise(s)) {
            Gemm.sgemm(false, true, k, outPerGroup, positions, 1f, x, xOffset, positions,
                    dy, dyOffset, positions, 1f, dwT, dwGroup, outPerGroup);
            return;
        }
        int band = bandRows(s);
        float[] col = COLUMNS.floats(k * band * s.outWidth());
        for (int oh = 0; oh < s.outHeight(); oh += band) {
            int ohEnd = Math.min(s.outHeight(), oh + band);
            int cols = (ohEnd - oh) * s.outWidth();
            Im2col.im2col(s, x, xOffset, oh, ohEnd, col, 0, cols);
            Gemm.sgemm(false, true, k, outPerGroup, cols, 1f, col, 0, cols,
                    dy, dyOffset + oh * s.outWidth(), positions, 1f, dwT, dwGroup, outPerGroup);
        }
    }

    // ---- a chunk of small images side by side: one [outC, count * P] GEMM ------------------------------

    /** {@code packedW}: the weights packed once for all chunks (one group only), or null. */
    private static void forwardChunk(Conv2dShape s, float[] x, float[] w, Gemm.PackedA packedW, float[] bias,
                                     float[] y, int first, int count, int g) {
        int outPerGroup = s.outChannelsPerGroup();
        int k = s.patchSize();
        int cols = count * s.outHeight() * s.outWidth();
        float[] col = chunkColumns(s, x, first, count, g);
        float[] out = STAGING.floats(outPerGroup * cols);
        if (packedW != null) {
            Gemm.sgemm(packedW, false, cols, 1f, col, 0, cols, 0f, out, 0, cols);
        } else {
            Gemm.sgemm(false, false, outPerGroup, cols, k, 1f, w, g * outPerGroup * k, k,
                    col, 0, cols, 0f, out, 0, cols);
        }
        scatterPlanes(s, out, bias, y, first, count, g);
    }

    /** {@code packedWT}: the transposed weights packed once for all chunks (one group only), or null. */
    private static void backwardInputChunk(Conv2dShape s, float[] dy, float[] w, Gemm.PackedA packedWT, float[] dx,
                                           int first, int count, int g) {
        int outPerGroup = s.outChannelsPerGroup();
        int k = s.patchSize();
        int positions = s.outHeight() * s.outWidth();
        int cols = count * positions;
        float[] dyChunk = gatherPlanes(s, dy, first, count, g);
        float[] col = COLUMNS.floats(k * cols);
        if (packedWT != null) {
            Gemm.sgemm(packedWT, false, cols, 1f, dyChunk, 0, cols, 0f, col, 0, cols);
        } else {
            Gemm.sgemm(true, false, k, cols, outPerGroup, 1f, w, g * outPerGroup * k, k,
                    dyChunk, 0, cols, 0f, col, 0, cols);
        }
        Im2col.col2imImages(s, col, 0, cols, count, dx, inputOffset(s, first, g),
                s.inChannels() * s.height() * s.width());
    }

    private static void accumulateWeightGradChunk(Conv2dShape s, float[] x, float[] dy, int first, int count,
                                                  int g, float[] dwT, int dwGroup) {
        int outPerGroup = s.outChannelsPerGroup();
        int cols = count * s.outHeight() * s.outWidth();
        float[] dyChunk = gatherPlanes(s, dy, first, count, g);
        float[] col = chunkColumns(s, x, first, count, g);
        Gemm.sgemm(false, true, s.patchSize(), outPerGroup, cols, 1f, col, 0, cols,
                dyChunk, 0, cols, 1f, dwT, dwGroup, outPerGroup);
    }

    /** The patch matrix of images {@code [first, first + count)}, side by side: K x (count * P). */
    private static float[] chunkColumns(Conv2dShape s, float[] x, int first, int count, int g) {
        int cols = count * s.outHeight() * s.outWidth();
        float[] col = COLUMNS.floats(s.patchSize() * cols);
        Im2col.im2colImages(s, x, inputOffset(s, first, g), s.inChannels() * s.height() * s.width(), count,
                col, 0, cols);
        return col;
    }

    /** Copies an [outC/groups, count * P] GEMM result to the NCHW planes of y, adding the bias. */
    private static void scatterPlanes(Conv2dShape s, float[] out, float[] bias, float[] y, int first, int count, int g) {
        int positions = s.outHeight() * s.outWidth();
        int cols = count * positions;
        for (int i = 0; i < count; i++) {
            int yOffset = outputOffset(s, first + i, g);
            for (int oc = 0; oc < s.outChannelsPerGroup(); oc++) {
                int src = oc * cols + i * positions;
                int dst = yOffset + oc * positions;
                if (bias == null) {
                    System.arraycopy(out, src, y, dst, positions);
                } else {
                    float b = bias[g * s.outChannelsPerGroup() + oc];
                    for (int p = 0; p < positions; p++) {
                        y[dst + p] = out[src + p] + b;
                    }
                }
            }
        }
    }

    /** The inverse layout change: dy planes of a chunk into one [outC/groups, count * P] matrix. */
    private static float[] gatherPlanes(Conv2dShape s, float[] dy, int first, int count, int g) {
        int positions = s.outHeight() * s.outWidth();
        int cols = count * positions;
        float[] chunk = STAGING.floats(s.outChannelsPerGroup() * cols);
        for (int i = 0; i < count; i++) {
            int dyOffset = outputOffset(s, first + i, g);
            for (int oc = 0; oc < s.outChannelsPerGroup(); oc++) {
                System.arraycopy(dy, dyOffset + oc * positions, chunk, oc * cols + i * positions, positions);
            }
        }
        return chunk;
    }

    // ---- sizes and scheduling ---------------------------------------------------------------------------

    private static int inputOffset(Conv2dShape s, int n, int g) {
        return (n * s.inChannels() + g * s.inChannelsPerGroup()) * s.height() * s.width();
    }

    private static int outputOffset(Conv2dShape s, int n, int g) {
        return (n * s.outChannels() + g * s.outChannelsPerGroup()) * s.outHeight() * s.outWidth();
    }

    /** Output rows per band of a large image: as many as fit in {@link #PANEL_FLOATS}, at least one. */
    static int bandRows(Conv2dShape s) {
        long rowFloats = (long) s.patchSize() * s.outWidth();
        return (int) Math.max(1, Math.min(s.outHeight(), PANEL_FLOATS / rowFloats));
    }

    /**
     * Images per GEMM: 1 when one image's patch matrix fills a panel, else as many as fit, evened out so
     * that the chunks split equally over the threads.
     */
    static int imagesPerChunk(Conv2dShape s) {
        if (!isSmallImage(s)) {
            return 1;
        }
        int fit = (int) Math.min(s.batch(), PANEL_FLOATS / imageFloats(s));
        int threads = Parallel.threads();
        int chunksPerThread = (s.batch() + threads * fit - 1) / (threads * fit);
        int chunks = threads * chunksPerThread;
        return (s.batch() + chunks - 1) / chunks;
    }

    /**
     * At most 32 x 32 channel pairs: where the direct kernels and the full convolution beat the GEMM.
     * With many channels on tiny planes they lose badly, measured forward + backward at batch 64 with both
     * against neither: 128->128 on 4x4 25.7 against 13.6 ms, 256->256 on 2x2 51 against 18 ms, 512->512
     * on 1x1 279 against 34 ms (ResNet-18's last stages on 28x28 inputs); 64->64 on 7x7 is even. The same
     * holds for the direct forward of strided layers (ResNet-18's 64->128, 128->256 and 256->512 stride-2
     * convolutions): routing them to the GEMM took the whole step from 246 to 182 ms of CPU on one thread.
     */
    static boolean hasFewChannels(Conv2dShape s) {
        return (long) s.inChannelsPerGroup() * s.outChannelsPerGroup() <= 32 * 32;
    }

    /**
     * Whether the batch goes through in several chunks of small images with one group, each chunk multiplying
     * the same weights: then they are packed for the GEMM once per call instead of once per chunk.
     */
    static boolean chunksShareWeights(Conv2dShape s) {
        int chunk = imagesPerChunk(s);
        return s.groups() == 1 && chunk > 1 && chunk < s.batch();
    }

    /** At least two images' patch matrices fit in one panel. */
    static boolean isSmallImage(Conv2dShape s) {
        return 2 * imageFloats(s) <= PANEL_FLOATS;
    }

    private static long imageFloats(Conv2dShape s) {
        return (long) s.patchSize() * s.outHeight() * s.outWidth();
    }

    /** Chunk body: images {@code [first, first + count)}. */
    @FunctionalInterface
    private interface ChunkBody {
        void run(int first, int count);
    }

    /** Runs {@code body} for every chunk of images: in rounds of one chunk per thread, then the rest on the caller. */
    private static void forEachChunk(Conv2dShape s, ChunkBody body) {
        int chunk = imagesPerChunk(s);
        int chunks = (s.batch() + chunk - 1) / chunk;
        int rounds = chunks - chunks % Parallel.threads();
        Parallel.forEach(rounds, i -> body.run(i * chunk, Math.min(chunk, s.batch() - i * chunk)));
        for (int i = rounds; i < chunks; i++) {
            body.run(i * chunk, Math.min(chunk, s.batch() - i * chunk));
        }
    }
}

package dlprep.engine.kernels;

import static dlprep.engine.kernels.GemmMicroKernel.LANES;
import static dlprep.engine.kernels.GemmMicroKernel.SPECIES;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;

/**
 * im2col and col2im: the trick that turns a convolution into one matrix multiplication.
 *
 * <p>For one image and one group, the output value at (oh, ow) is the dot product of the kernel with the
 * C x kH x kW input patch under it. im2col copies every patch into one column of a matrix:
 * <pre>
 *                    column = output position p = oh * outW + ow
 *   row (c, ki, kj)  [ x[c][oh*sH - pH + ki*dH][ow*sW - pW + kj*dW]  (0 where that lands in the padding) ]
 *
 *   y[outC x P]  =  w[outC x K]  *  col[K x P]        K = C*kH*kW taps, P = outH*outW positions
 * </pre>
 * The weight tensor [outC, C, kH, kW] already is the K-wide matrix on the left, and the product comes out
 * as NCHW y, so all the multiply-adds happen inside a GEMM, the best-tuned loop there is. The price is
 * memory: every input value is copied up to kH*kW times.
 *
 * <p>col2im is the adjoint (transpose) of im2col: it adds every matrix entry back onto the input pixel it
 * was copied from, so overlapping patches sum up and padding entries are dropped. Backward uses it:
 * {@code dx = col2im(w^T * dy)}.
 *
 * <p>Both work on a band of output rows {@code [ohStart, ohEnd)} of one image, a K x (rows * outW) block
 * that starts at {@code col[colOffset]} with matrix rows {@code colStride} apart. So a caller can keep the
 * matrix small enough for the cache (a band of a large image) or place several small images side by side
 * for one wider GEMM. x offsets point at channel 0 of the group in the image.
 *
 * <p>Speed: one matrix row is one kernel tap of one input channel. When output rows are as wide as input
 * rows (stride 1, "same" padding, as in most 3x3 layers), the tap reads consecutive input rows back to back,
 * so its band is a single block copy plus zeros where rows wrapped into the padding ({@link #isContiguous}).
 */
final class Im2col {

    private Im2col() {
    }

    /** Stride 1 and output rows as wide as input rows: a tap's rows are contiguous in x as in col. */
    static boolean isContiguous(Conv2dShape s) {
        return s.strideH() == 1 && s.strideW() == 1 && s.outWidth() == s.width();
    }

    /**
     * Bands of at most this many output positions (ResNet's 7x7 and smaller maps) go through a table of
     * source offsets instead: copying a tap row by row costs a few calls per row, which on rows of one to
     * seven floats cost more than the copying (measured: ResNet-18 on 28x28 spent a quarter of its step in
     * im2col and col2im at batch 64).
     */
    static final int TABLE_POSITIONS = 64;

    /** Where {@link #gather} puts the zero-bordered copies of the input windows, per thread. */
    private static final Workspace WINDOWS = new Workspace();
    /** Where {@link #sameImages} and {@link #col2imImages} put a chunk's planes channel by channel, per thread. */
    private static final Workspace CHANNEL_MAJOR = new Workspace();

    /**
     * The patch matrices of {@code count} whole images side by side (K x (count * P), image i's columns
     * starting at {@code i * P}); image i's group starts at {@code xOffset + i * imageStride} in x.
     */
    static void im2colImages(Conv2dShape s, float[] x, int xOffset, int imageStride, int count,
                             float[] col, int colOffset, int colStride) {
        int positions = s.outHeight() * s.outWidth();
        if (isSame(s)) {
            sameImages(s, x, xOffset, imageStride, count, col, colOffset, colStride);
            return;
        }
        if (positions <= TABLE_POSITIONS) {
            gather(s, x, xOffset, imageStride, count, 0, s.outHeight(), col, colOffset, colStride);
            return;
        }
        for (int i = 0; i < count; i++) {
            im2col(s, x, xOffset + i * imageStride, 0, s.outHeight(), col, colOffset + i * positions, colStride);
        }
    }

    /**
     * The adjoint of {@link #im2colImages}: writes (not adds) the input gradient of {@code count} whole images
     * into their planes of x, from their side-by-side columns in col (which may be changed on the way).
     */
    static void col2imImages(Conv2dShape s, float[] col, int colOffset, int colStride, int count,
                             float[] x, int xOffset, int imageStride) {
        int groupInput = s.inChannelsPerGroup() * s.height() * s.width();
        if (isSame(s)) {
            sameImagesAdjoint(s, col, colOffset, colStride, count, x, xOffset, imageStride);
            return;
        }
        int positions = s.outHeight() * s.outWidth();
        for (int i = 0; i < count; i++) {
            int image = xOffset + i * imageStride;
            Arrays.fill(x, image, image + groupInput, 0f);
            col2im(s, col, colOffset + i * positions, colStride, 0, s.outHeight(), x, image);
        }
    }

    /**
     * Stride 1 and an output as large as the input in both directions ("same" padding, as ResNet's 3x3),
     * on planes of at least {@link #SAME_MIN_PLANE} pixels: then {@link #sameImages} and its adjoint apply.
     */
    static boolean isSame(Conv2dShape s) {
        return s.strideH() == 1 && s.strideW() == 1 && s.outHeight() == s.height() && s.outWidth() == s.width()
                && s.height() * s.width() >= SAME_MIN_PLANE;
    }

    /**
     * The smallest plane for the block copies of {@link #sameImages}: on tinier planes the per-image zeroing
     * and copies outweigh them. Measured on 16 images of ResNet-18's 3x3 layers, old and new code alternating
     * in one process (ns per matrix entry, im2col then col2im, against the gather and the table): 7x7, 64
     * channels: 0.32 against 0.72, 0.36 against 1.09; 4x4, 128 channels: 0.63 against 0.65, 0.68 against 1.18;
     * 2x2, 256 channels: 1.62 against 0.89, 1.69 against 1.38.
     */
    static final int SAME_MIN_PLANE = 16;

    /**
     * im2col of whole images of a "same" convolution ({@link #isSame}). The patch-matrix row of tap (ki, kj)
     * reads pixel {@code q + shift} for output q, with {@code shift = rowShift * width + colShift} the same for
     * all outputs; so with a chunk's planes of each channel laid side by side (channel-major, copied first
     * unless there is one image) a row is one block copy of that channel, after which the entries whose
     * pixel lies outside their image (a row shifted over the top or bottom, a column over the left or right
     * edge) are zeroed. This replaces an entry-by-entry gather with a copy at memory speed.
     */
    private static void sameImages(Conv2dShape s, float[] x, int xOffset, int imageStride, int count,
                                   float[] col, int colOffset, int colStride) {
        int plane = s.height() * s.width();
        int length = count * plane;
        int channels = s.inChannelsPerGroup();
        float[] source = x;
        int sourceOffset = xOffset;
        if (count > 1) {
            source = CHANNEL_MAJOR.floats(channels * length);
            sourceOffset = 0;
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < count; i++) {
                    System.arraycopy(x, xOffset + i * imageStride + c * plane, source, c * length + i * plane, plane);
                }
            }
        }
        SameTap[] taps = sameTaps(s, length);
        for (int c = 0; c < channels; c++) {
            int channel = sourceOffset + c * length;
            for (int t = 0; t < taps.length; t++) {
                SameTap tap = taps[t];
                int dst = colOffset + (c * taps.length + t) * colStride;
                Arrays.fill(col, dst, dst + tap.lo, 0f);
                System.arraycopy(source, channel + tap.lo + tap.shift, col, dst + tap.lo, tap.hi - tap.lo);
                Arrays.fill(col, dst + tap.hi, dst + length, 0f);
                tap.zeroOutside(count, plane, col, dst);
            }
        }
    }

    /**
     * The adjoint of {@link #sameImages}: each matrix row, its outside entries zeroed, is added onto its
     * channel shifted back (one vector add), into the channel-major scratch, whose planes are then copied
     * to x.
     */
    private static void sameImagesAdjoint(Conv2dShape s, float[] col, int colOffset, int colStride, int count,
                                          float[] x, int xOffset, int imageStride) {
        int plane = s.height() * s.width();
        int length = count * plane;
        int channels = s.inChannelsPerGroup();
        float[] target = x;
        int targetOffset = xOffset;
        if (count > 1) {
            target = CHANNEL_MAJOR.floats(channels * length);
            targetOffset = 0;
        }
        Arrays.fill(target, targetOffset, targetOffset + channels * length, 0f);
        SameTap[] taps = sameTaps(s, length);
        for (int c = 0; c < channels; c++) {
            int channel = targetOffset + c * length;
            for (int t = 0; t < taps.length; t++) {
                SameTap tap = taps[t];
                int src = colOffset + (c * taps.length + t) * colStride;
                tap.zeroOutside(count, plane, col, src);
                FloatRows.add(col, src + tap.lo, target, channel + tap.lo + tap.shift, tap.hi - tap.lo);
            }
        }
        if (count > 1) {
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < count; i++) {
                    System.arraycopy(target, c * length + i * plane, x, xOffset + i * imageStride + c * plane, plane);
                }
            }
        }
    }

    /**
     * One tap of a "same" convolution on a chunk's channel of {@code length} entries (its images' planes side by
     * side): matrix entry q reads channel entry {@code q + shift}, which exists for q in {@code [lo, hi)}; the
     * entries at the offsets {@code outside} of each image's plane read a pixel outside that image (a row
     * shifted over the top or bottom, a column over the left or right edge), brought in from a neighbouring row
     * or image by the block copy, where the patch matrix must hold the padding's zero. (Zeroing from this list
     * instead of walking the plane's edges row by row made the ResNet-18 step 0.975-0.997 times as long,
     * in-process alternation.)
     */
    private record SameTap(int shift, int lo, int hi, int[] outside) {

        /** Zeroes {@code row[from + i * plane + o]} for each of {@code count} images i and each outside offset o. */
        void zeroOutside(int count, int plane, float[] row, int from) {
            for (int i = 0; i < count; i++) {
                int image = from + i * plane;
                for (int o : outside) {
                    row[image + o] = 0f;
                }
            }
        }
    }

    /** The taps of a "same" convolution, in the patch matrix's order, on channels of {@code length} entries. */
    private static SameTap[] sameTaps(Conv2dShape s, int length) {
        int height = s.height();
        int width = s.width();
        SameTap[] taps = new SameTap[s.kernelH() * s.kernelW()];
        int[] scratch = new int[height * width];
        for (int t = 0; t < taps.length; t++) {
            int rowShift = t / s.kernelW() * s.dilationH() - s.padH();
            int colShift = t % s.kernelW() * s.dilationW() - s.padW();
            int n = 0;
            for (int oh = 0; oh < height; oh++) {
                boolean rowOutside = oh + rowShift < 0 || oh + rowShift >= height;
                for (int ow = 0; ow < width; ow++) {
                    if (rowOutside || ow + colShift < 0 || ow + colShift >= width) {
                        scratch[n++] = oh * width + ow;
                    }
                }
            }
            int shift = rowShift * width + colShift;
            int lo = Math.min(length, Math.max(0, -shift));
            int hi = Math.max(lo, Math.min(length, length - shift));
            taps[t] = new SameTap(shift, lo, hi, Arrays.copyOf(scratch, n));
        }
        return taps;
    }

    /** Fills {@code col} with the patches of output rows {@code [ohStart, ohEnd)}. */
    static void im2col(Conv2dShape s, float[] x, int xOffset, int ohStart, int ohEnd,
                       float[] col, int colOffset, int colStride) {
        int positions = (ohEnd - ohStart) * s.outWidth();
        if (positions <= TABLE_POSITIONS) {
            gather(s, x, xOffset, 0, 1, ohStart, ohEnd, col, colOffset, colStride);
            return;
        }
        boolean contiguous = isContiguous(s);
        int row = 0;
        for (int c = 0; c < s.inChannelsPerGroup(); c++) {
            int plane = xOffset + c * s.height() * s.width();
            for (int ki = 0; ki < s.kernelH(); ki++) {
                for (int kj = 0; kj < s.kernelW(); kj++) {
                    if (contiguous) {
                        copyContiguousTap(s, x, plane, ki, kj, ohStart, ohEnd, col, colOffset + row++ * colStride);
                    } else {
                        copyTap(s, x, plane, ki, kj, ohStart, ohEnd, col, colOffset + row++ * colStride);
                    }
                }
            }
        }
    }

    /**
     * Adds the entries of {@code col} (output rows {@code [ohStart, ohEnd)}) onto the input pixels they came
     * from. Entries that belong to the padding may be zeroed in col on the way (col is scratch).
     */
    static void col2im(Conv2dShape s, float[] col, int colOffset, int colStride, int ohStart, int ohEnd,
                       float[] x, int xOffset) {
        int positions = (ohEnd - ohStart) * s.outWidth();
        if (positions <= TABLE_POSITIONS) {
            int[] sources = sources(s, ohStart, ohEnd);
            int taps = s.kernelH() * s.kernelW();
            for (int c = 0; c < s.inChannelsPerGroup(); c++) {
                int plane = xOffset + c * s.height() * s.width();
                for (int t = 0; t < taps; t++) {
                    int src = colOffset + (c * taps + t) * colStride;
                    for (int p = 0, k = t * positions; p < positions; p++, k++) {
                        int source = sources[k];
                        if (source >= 0) {
                            x[plane + source] += col[src + p];
                        }
                    }
                }
            }
            return;
        }
        boolean contiguous = isContiguous(s);
        int row = 0;
        for (int c = 0; c < s.inChannelsPerGroup(); c++) {
            int plane = xOffset + c * s.height() * s.width();
            for (int ki = 0; ki < s.kernelH(); ki++) {
                for (int kj = 0; kj < s.kernelW(); kj++) {
                    if (contiguous) {
                        addContiguousTap(s, col, colOffset + row++ * colStride, ki, kj, ohStart, ohEnd, x, plane);
                    } else {
                        addTap(s, col, colOffset + row++ * colStride, ki, kj, ohStart, ohEnd, x, plane);
                    }
                }
            }
        }
    }

    /**
     * im2col of small bands by table (see {@link #TABLE_POSITIONS}), for the band's rows of {@code count}
     * images side by side. Each image's window (the input rows and columns the band reads, padding
     * included) is first copied into a zero-bordered scratch plane per channel, so the table needs no
     * "in the padding" case; every matrix row (one tap of one channel, all images) is then one gather with
     * the same table for every channel, a vector at a time. Measured on 16 images of ResNet-18's stages at
     * batch 64 against the former table with a padding test per entry, the two calls alternating in one
     * process (median of 2,000): 0.66 against 0.99 ns per float at 7x7 (64 channels), 0.59 against 0.91 at
     * 4x4, 0.84 against 1.49 at 2x2, 0.74 against 0.92 for the stride-2 64->128 layer.
     */
    private static void gather(Conv2dShape s, float[] x, int xOffset, int imageStride, int count, int ohStart,
                               int ohEnd, float[] col, int colOffset, int colStride) {
        int outW = s.outWidth();
        int positions = (ohEnd - ohStart) * outW;
        int rows = (ohEnd - 1 - ohStart) * s.strideH() + (s.kernelH() - 1) * s.dilationH() + 1;
        int width = (outW - 1) * s.strideW() + (s.kernelW() - 1) * s.dilationW() + 1;
        int top = ohStart * s.strideH() - s.padH();            // the input row of window row 0
        int left = -s.padW();                                  // the input column of window column 0
        int channels = s.inChannelsPerGroup();
        int windowPlane = rows * width;
        int windowImage = channels * windowPlane;
        float[] window = WINDOWS.floats(count * windowImage);
        Arrays.fill(window, 0, count * windowImage, 0f);
        int rowFrom = Math.max(0, -top);
        int rowTo = Math.min(rows, s.height() - top);
        int colFrom = Math.max(0, -left);
        int colTo = Math.min(width, s.width() - left);
        int inPlane = s.height() * s.width();
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < channels; c++) {
                int src = xOffset + i * imageStride + c * inPlane + left;
                int dst = i * windowImage + c * windowPlane;
                for (int r = rowFrom; r < rowTo && colFrom < colTo; r++) {
                    System.arraycopy(x, src + (top + r) * s.width() + colFrom, window, dst + r * width + colFrom,
                            colTo - colFrom);
                }
            }
        }
        int taps = s.kernelH() * s.kernelW();
        int cols = count * positions;
        int[] index = new int[taps * cols];
        for (int ki = 0, k = 0; ki < s.kernelH(); ki++) {
            for (int kj = 0; kj < s.kernelW(); kj++) {
                for (int i = 0; i < count; i++) {
                    for (int oh = 0; oh < ohEnd - ohStart; oh++) {
                        int rowStart = i * windowImage + (oh * s.strideH() + ki * s.dilationH()) * width
                                + kj * s.dilationW();
                        for (int ow = 0; ow < outW; ow++) {
                            index[k++] = rowStart + ow * s.strideW();
                        }
                    }
                }
            }
        }
        int vectors = cols - cols % LANES;
        for (int c = 0; c < channels; c++) {
            int plane = c * windowPlane;
            for (int t = 0; t < taps; t++) {
                int dst = colOffset + (c * taps + t) * colStride;
                int from = t * cols;
                int q = 0;
                for (; q < vectors; q += LANES) {
                    FloatVector.fromArray(SPECIES, window, plane, index, from + q).intoArray(col, dst + q);
                }
                for (; q < cols; q++) {
                    col[dst + q] = window[plane + index[from + q]];
                }
            }
        }
    }

    /**
     * For tap t and band position p, entry {@code t * positions + p}: the offset in the input plane that
     * the tap reads for that output, or -1 where it reads padding. The same for every channel.
     */
    private static int[] sources(Conv2dShape s, int ohStart, int ohEnd) {
        int outW = s.outWidth();
        int positions = (ohEnd - ohStart) * outW;
        int[] sources = new int[s.kernelH() * s.kernelW() * positions];
        int k = 0;
        for (int ki = 0; ki < s.kernelH(); ki++) {
            for (int kj = 0; kj < s.kernelW(); kj++) {
                for (int oh = ohStart; oh < ohEnd; oh++) {
                    int ih = oh * s.strideH() - s.padH() + ki * s.dilationH();
                    for (int ow = 0; ow < outW; ow++) {
                        int iw = ow * s.strideW() - s.padW() + kj * s.dilationW();
                        boolean inside = ih >= 0 && ih < s.height() && iw >= 0 && iw < s.width();
                        sources[k++] = inside ? ih * s.width() + iw : -1;
                    }
                }
            }
        }
        return sources;
    }

    /** One row of the matrix: tap (ki, kj) of one input plane, for every output position of the band. */
    private static void copyTap(Conv2dShape s, float[] x, int plane, int ki, int kj, int ohStart, int ohEnd,
                                float[] col, int dst) {
        int outW = s.outWidth();
        int strideW = s.strideW();
        int shift = kj * s.dilationW() - s.padW();              // iw = ow * strideW + shift
        int owLo = firstInside(shift, strideW, outW);
        int owHi = endInside(shift, strideW, s.width(), outW);
        for (int oh = ohStart; oh < ohEnd; oh++, dst += outW) {
            int ih = oh * s.strideH() - s.padH() + ki * s.dilationH();
            if (ih < 0 || ih >= s.height()) {
                Arrays.fill(col, dst, dst + outW, 0f);
                continue;
            }
            int src = plane + ih * s.width() + shift;
            Arrays.fill(col, dst, dst + owLo, 0f);
            if (strideW == 1) {
                System.arraycopy(x, src + owLo, col, dst + owLo, owHi - owLo);
            } else {
                for (int ow = owLo; ow < owHi; ow++) {
                    col[dst + ow] = x[src + ow * strideW];
                }
            }
            Arrays.fill(col, dst + owHi, dst + outW, 0f);
        }
    }

    /** The adjoint of {@link #copyTap}: adds one matrix row back onto the input plane. */
    private static void addTap(Conv2dShape s, float[] col, int src, int ki, int kj, int ohStart, int ohEnd,
                               float[] x, int plane) {
        int outW = s.outWidth();
        int strideW = s.strideW();
        int shift = kj * s.dilationW() - s.padW();
        int owLo = firstInside(shift, strideW, outW);
        int owHi = endInside(shift, strideW, s.width(), outW);
        for (int oh = ohStart; oh < ohEnd; oh++, src += outW) {
            int ih = oh * s.strideH() - s.padH() + ki * s.dilationH();
            if (ih < 0 || ih >= s.height()) {
                continue;
            }
            int dst = plane + ih * s.width() + shift;
            if (strideW == 1) {
                FloatRows.add(col, src + owLo, x, dst + owLo, owHi - owLo);
            } else {
                for (int ow = owLo; ow < owHi; ow++) {
                    x[dst + ow * strideW] += col[src + ow];
                }
            }
        }
    }

    /**
     * {@link #copyTap} when {@link #isContiguous}: rows whose input row lies inside the image are one block
     * of x; the block is copied at once, then the few entries that wrapped round a row edge (and so belong to
     * the left or right padding) are zeroed, as are the rows that fall in the top or bottom padding.
     */
    private static void copyContiguousTap(Conv2dShape s, float[] x, int plane, int ki, int kj, int ohStart,
                                          int ohEnd, float[] col, int dst) {
        int width = s.width();
        int shift = kj * s.dilationW() - s.padW();
        int owLo = firstInside(shift, 1, width);
        int owHi = endInside(shift, 1, width, width);
        int rowShift = ki * s.dilationH() - s.padH();         // ih = oh + rowShift
        int ohA = Math.min(ohEnd, Math.max(ohStart, -rowShift));
        int ohB = Math.min(ohEnd, Math.max(ohA, s.height() - rowShift));
        Arrays.fill(col, dst, dst + (ohA - ohStart) * width, 0f);
        Arrays.fill(col, dst + (ohB - ohStart) * width, dst + (ohEnd - ohStart) * width, 0f);
        int from = dst + (ohA - ohStart) * width;
        int src = plane + (ohA + rowShift) * width + shift;
        int lead = Math.max(0, plane - src);                                  // before the plane: wrapped
        int length = (ohB - ohA) * width;
        int tail = Math.max(0, src + length - (plane + s.height() * width));   // past the plane: wrapped
        if (length > lead + tail) {
            System.arraycopy(x, src + lead, col, from + lead, length - lead - tail);
        }
        zeroWrappedEdges(col, from, ohB - ohA, width, owLo, owHi);
    }

    /** The adjoint of {@link #copyContiguousTap}: zero the wrapped entries in col, then one block add. */
    private static void addContiguousTap(Conv2dShape s, float[] col, int src, int ki, int kj, int ohStart,
                                         int ohEnd, float[] x, int plane) {
        int width = s.width();
        int shift = kj * s.dilationW() - s.padW();
        int owLo = firstInside(shift, 1, width);
        int owHi = endInside(shift, 1, width, width);
        int rowShift = ki * s.dilationH() - s.padH();
        int ohA = Math.min(ohEnd, Math.max(ohStart, -rowShift));
        int ohB = Math.min(ohEnd, Math.max(ohA, s.height() - rowShift));
        int from = src + (ohA - ohStart) * width;
        zeroWrappedEdges(col, from, ohB - ohA, width, owLo, owHi);
        int dst = plane + (ohA + rowShift) * width + shift;
        int lead = Math.max(0, plane - dst);
        int length = (ohB - ohA) * width;
        int tail = Math.max(0, dst + length - (plane + s.height() * width));
        if (length > lead + tail) {
            FloatRows.add(col, from + lead, x, dst + lead, length - lead - tail);
        }
    }

    /** Zeroes columns {@code [0, owLo)} and {@code [owHi, width)} of {@code rows} rows starting at {@code from}. */
    private static void zeroWrappedEdges(float[] col, int from, int rows, int width, int owLo, int owHi) {
        for (int r = 0; r < rows; r++) {
            int row = from + r * width;
            for (int ow = 0; ow < owLo; ow++) {
                col[row + ow] = 0f;
            }
            for (int ow = owHi; ow < width; ow++) {
                col[row + ow] = 0f;
            }
        }
    }

    /** The first output index {@code o} (of {@code outSize}) whose input index {@code o * stride + shift} is {@code >= 0}. */
    static int firstInside(int shift, int stride, int outSize) {
        return shift >= 0 ? 0 : Math.min(outSize, ceilDiv(-shift, stride));
    }

    /** One past the last output index whose input index {@code o * stride + shift} is {@code < inSize}. */
    static int endInside(int shift, int stride, int inSize, int outSize) {
        int end = inSize - shift <= 0 ? 0 : ceilDiv(inSize - shift, stride);
        return Math.max(firstInside(shift, stride, outSize), Math.min(outSize, end));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}

package dlprep.engine.kernels;

import java.util.Arrays;

/**
 * Kernel taps that only ever fall on padding. A 3x3 convolution with padding 1 on a 1x1 feature map (the
 * last stage of ResNet-18 on 28x28 images) reads its centre tap from the image and the other eight from
 * the zero border for every output: those eight multiply only zeros. The live taps form a block (along
 * each axis, the input row a tap reads moves with the tap), so when the dead rows and columns are the
 * same on both sides the layer is exactly a smaller convolution: the live block of the kernel with the
 * padding reduced to match, which gives the same output size. That convolution is computed instead; the
 * dead taps' weight gradients are zero, since their inputs are.
 *
 * @param shape   the equivalent convolution
 * @param rowFrom first live kernel row
 * @param colFrom first live kernel column
 */
record DeadTaps(Conv2dShape shape, int rowFrom, int colFrom) {

    /** Filters per parallel part of the weight copies: below some 4096 a second thread costs more than it saves. */
    private static final int FILTERS_PER_PART = 4096;

    /** The equivalent convolution without dead taps, or null when every tap is live or trimming would be uneven. */
    static DeadTaps of(Conv2dShape s) {
        int[] rows = live(s.height(), s.outHeight(), s.kernelH(), s.strideH(), s.padH(), s.dilationH());
        int[] cols = live(s.width(), s.outWidth(), s.kernelW(), s.strideW(), s.padW(), s.dilationW());
        boolean even = rows[0] == s.kernelH() - rows[1] && cols[0] == s.kernelW() - cols[1];
        if (!even || rows[1] - rows[0] == s.kernelH() && cols[1] - cols[0] == s.kernelW()) {
            return null;
        }
        Conv2dShape trimmed = new Conv2dShape(s.batch(), s.inChannels(), s.height(), s.width(), s.outChannels(),
                rows[1] - rows[0], cols[1] - cols[0], s.strideH(), s.strideW(),
                s.padH() - rows[0] * s.dilationH(), s.padW() - cols[0] * s.dilationW(),
                s.dilationH(), s.dilationW(), s.groups());
        return new DeadTaps(trimmed, rows[0], cols[0]);
    }

    /** {@code [first, end)} of the taps along one axis that read the image for at least one output. */
    private static int[] live(int in, int out, int kernel, int stride, int pad, int dilation) {
        int first = kernel;
        int end = 0;
        for (int t = 0; t < kernel; t++) {
            // Output o reads input o * stride - pad + t * dilation; is any o in [0, out) inside [0, in)?
            int lowest = pad - t * dilation;                 // o * stride >= lowest
            int highest = in - 1 + pad - t * dilation;       // o * stride <= highest
            int o = Math.max(0, Math.floorDiv(lowest + stride - 1, stride));
            if (highest >= 0 && o < out && (long) o * stride <= highest) {
                first = Math.min(first, t);
                end = t + 1;
            }
        }
        return new int[] {first, end};
    }

    /**
     * The live block of w ([outC, inC / groups, kh, kw]), a new array in the trimmed kernel's layout. Filters
     * are copied in parallel (ResNet-18's last stage keeps 1 of 9 taps of 2.4 million weights, every pass).
     */
    float[] liveWeights(Conv2dShape s, float[] w) {
        float[] live = new float[shape.weightSize()];
        int kh = shape.kernelH();
        int kw = shape.kernelW();
        Parallel.forRange(s.outChannels() * s.inChannelsPerGroup(), FILTERS_PER_PART, (lo, hi) -> {
            for (int f = lo; f < hi; f++) {
                for (int i = 0; i < kh; i++) {
                    int from = (f * s.kernelH() + rowFrom + i) * s.kernelW() + colFrom;
                    int to = (f * kh + i) * kw;
                    for (int j = 0; j < kw; j++) {
                        live[to + j] = w[from + j];
                    }
                }
            }
        });
        return live;
    }

    /** dw of the full kernel from the trimmed one's: the live block copied in, zeros elsewhere. */
    void scatterWeightGrad(Conv2dShape s, float[] liveGrad, float[] dw) {
        int kh = shape.kernelH();
        int kw = shape.kernelW();
        int fullFilter = s.kernelH() * s.kernelW();
        Parallel.forRange(s.outChannels() * s.inChannelsPerGroup(), FILTERS_PER_PART, (lo, hi) -> {
            Arrays.fill(dw, lo * fullFilter, hi * fullFilter, 0f);
            for (int f = lo; f < hi; f++) {
                for (int i = 0; i < kh; i++) {
                    int from = (f * kh + i) * kw;
                    int to = (f * s.kernelH() + rowFrom + i) * s.kernelW() + colFrom;
                    for (int j = 0; j < kw; j++) {
                        dw[to + j] = liveGrad[from + j];
                    }
                }
            }
        });
    }
}

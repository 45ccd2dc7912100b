package dlprep.engine.kernels;

/**
 * The sizes of one 2-D pooling (max or average), as PyTorch's {@code max_pool2d}/{@code avg_pool2d} take
 * them. Input x is NCHW {@code [batch, channels, height, width]}, output y is
 * {@code [batch, channels, outHeight, outWidth]}; every plane is pooled on its own.
 *
 * <p>Output size, following PyTorch's {@code pooling_output_shape}:
 * {@code out = floor((in + 2 * pad - kernel) / stride) + 1}, or with {@code ceilMode} {@code ceil(...) + 1};
 * in ceil mode the last window is dropped if it would start in the right padding, i.e. when
 * {@code (out - 1) * stride >= in + pad}, so every window covers at least one real input element.
 * As in PyTorch, padding may be at most half the kernel.
 */
public record Pool2dShape(int batch, int channels, int height, int width, int kernelH, int kernelW,
                          int strideH, int strideW, int padH, int padW, boolean ceilMode) {

    public Pool2dShape {
        atLeast(1, "batch", batch);
        atLeast(1, "channels", channels);
        atLeast(1, "height", height);
        atLeast(1, "width", width);
        atLeast(1, "kernelH", kernelH);
        atLeast(1, "kernelW", kernelW);
        atLeast(1, "strideH", strideH);
        atLeast(1, "strideW", strideW);
        atLeast(0, "padH", padH);
        atLeast(0, "padW", padW);
        if (padH > kernelH / 2 || padW > kernelW / 2) {
            throw new IllegalArgumentException("pool2d: padding (" + padH + ", " + padW
                    + ") must be at most half the kernel (" + kernelH + ", " + kernelW + ")");
        }
        requireNonEmptyOutput("height", height, kernelH, strideH, padH, ceilMode);
        requireNonEmptyOutput("width", width, kernelW, strideW, padW, ceilMode);
        if ((long) batch * channels * height * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("pool2d: input would have more elements than a Java array holds");
        }
    }

    /** A square window with the same stride and padding in both directions, floor mode. */
    public static Pool2dShape of(int batch, int channels, int height, int width, int kernel, int stride, int pad) {
        return new Pool2dShape(batch, channels, height, width, kernel, kernel, stride, stride, pad, pad, false);
    }

    public int outHeight() {
        return outSize(height, kernelH, strideH, padH, ceilMode);
    }

    public int outWidth() {
        return outSize(width, kernelW, strideW, padW, ceilMode);
    }

    /** Number of elements of x. */
    public int inputSize() {
        return batch * channels * height * width;
    }

    /** Number of elements of y. */
    public int outputSize() {
        return batch * channels * outHeight() * outWidth();
    }

    /** Number of (image, channel) planes, pooled independently. */
    public int planes() {
        return batch * channels;
    }

    static int outSize(int in, int kernel, int stride, int pad, boolean ceilMode) {
        long span = in + 2L * pad - kernel;
        long out = Math.floorDiv(ceilMode ? span + stride - 1 : span, stride) + 1;
        if (ceilMode && (out - 1) * stride >= in + pad) {
            out--;
        }
        return (int) out;
    }

    private static void atLeast(int min, String name, int value) {
        if (value < min) {
            throw new IllegalArgumentException("pool2d: " + name + " must be at least " + min + ", got " + value);
        }
    }

    private static void requireNonEmptyOutput(String dim, int in, int kernel, int stride, int pad, boolean ceilMode) {
        int out = outSize(in, kernel, stride, pad, ceilMode);
        if (out < 1) {
            throw new IllegalArgumentException("pool2d: output " + dim + " would be empty: input " + dim + " " + in
                    + " with padding " + pad + ", kernel " + kernel + ", stride " + stride
                    + (ceilMode ? " (ceil mode)" : "") + " gives " + out + "; the padded input must hold a window");
        }
    }
}

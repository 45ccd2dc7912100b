package dlprep.engine.kernels;

import java.util.Arrays;

/**
 * Adaptive average pooling in float: the caller picks the output size and the windows follow, as in
 * PyTorch. Output row i averages input rows {@code [floor(i * H / outH), ceil((i + 1) * H / outH))}, and
 * likewise for columns; when outH does not divide H, neighbouring bins overlap by a row or differ in size
 * (7 -> 3 gives rows [0,3), [2,5), [4,7)). Backward spreads {@code dy / binSize} over each bin. Planes are
 * split over the pool.
 */
public final class AdaptiveAvgPool2dKernel {

    private AdaptiveAvgPool2dKernel() {
    }

    public static void forward(int batch, int channels, int h, int w, int outH, int outW, float[] x, float[] y) {
        check("adaptive_avg_pool2d", batch, channels, h, w, outH, outW, "x", x.length, "y", y.length);
        Parallel.forRange(batch * channels, 1, (lo, hi) -> {
            for (int plane = lo; plane < hi; plane++) {
                for (int oh = 0; oh < outH; oh++) {
                    int hStart = binStart(oh, h, outH);
                    int hEnd = binEnd(oh, h, outH);
                    for (int ow = 0; ow < outW; ow++) {
                        int wStart = binStart(ow, w, outW);
                        int wEnd = binEnd(ow, w, outW);
                        float sum = 0f;
                        for (int ih = hStart; ih < hEnd; ih++) {
                            for (int iw = wStart; iw < wEnd; iw++) {
                                sum += x[(plane * h + ih) * w + iw];
                            }
                        }
                        y[(plane * outH + oh) * outW + ow] = sum / ((hEnd - hStart) * (wEnd - wStart));
                    }
                }
            }
        });
    }

    /** dx = dL/dx from dy = dL/dy; dx is overwritten. */
    public static void backward(int batch, int channels, int h, int w, int outH, int outW, float[] dy, float[] dx) {
        check("adaptive_avg_pool2d backward", batch, channels, h, w, outH, outW, "dx", dx.length, "dy", dy.length);
        Parallel.forRange(batch * channels, 1, (lo, hi) -> {
            Arrays.fill(dx, lo * h * w, hi * h * w, 0f);
            for (int plane = lo; plane < hi; plane++) {
                for (int oh = 0; oh < outH; oh++) {
                    int hStart = binStart(oh, h, outH);
                    int hEnd = binEnd(oh, h, outH);
                    for (int ow = 0; ow < outW; ow++) {
                        int wStart = binStart(ow, w, outW);
                        int wEnd = binEnd(ow, w, outW);
                        float share = dy[(plane * outH + oh) * outW + ow] / ((hEnd - hStart) * (wEnd - wStart));
                        for (int ih = hStart; ih < hEnd; ih++) {
                            for (int iw = wStart; iw < wEnd; iw++) {
                                dx[(plane * h + ih) * w + iw] += share;
                            }
                        }
                    }
                }
            }
        });
    }

    /** First input index of bin i: {@code floor(i * in / out)}. */
    static int binStart(int i, int in, int out) {
        return (int) ((long) i * in / out);
    }

    /** One past the last input index of bin i: {@code ceil((i + 1) * in / out)}. */
    static int binEnd(int i, int in, int out) {
        return (int) (((long) (i + 1) * in + out - 1) / out);
    }

    /** Validates the sizes and the lengths of the input-sized and output-sized arrays; the reference shares it. */
    static void check(String op, int batch, int channels, int h, int w, int outH, int outW,
                      String inputName, int inputLength, String outputName, int outputLength) {
        int[] sizes = {batch, channels, h, w, outH, outW};
        String[] names = {"batch", "channels", "height", "width", "outHeight", "outWidth"};
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1) {
                throw new IllegalArgumentException(op + ": " + names[i] + " must be at least 1, got " + sizes[i]);
            }
        }
        String shape = "[batch=" + batch + ", channels=" + channels + ", " + h + "x" + w + " -> " + outH + "x" + outW + "]";
        long planes = (long) batch * channels;
        if (planes * h * w > Integer.MAX_VALUE || planes * outH * outW > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(op + ": " + shape + " has more elements than a Java array holds");
        }
        ArrayLengths.require(op, inputName, inputLength, (int) (planes * h * w), shape);
        ArrayLengths.require(op, outputName, outputLength, (int) (planes * outH * outW), shape);
    }
}

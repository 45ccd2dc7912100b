package dlprep.engine.kernels;

import java.util.Arrays;

/**
 * Max pooling in float: each output is the largest input in its window; padding counts as minus infinity,
 * so it never wins. {@code argmax} records where each maximum came from as an index into the input
 * plane, {@code ih * width + iw} (what PyTorch's {@code return_indices} gives), and backward routes each
 * output gradient to that one input: {@code dx[argmax] += dy}, adding up where overlapping windows
 * (kernel larger than stride) picked the same input. Ties go to the first maximum in row-major order; a
 * NaN in a window wins, as in PyTorch. Planes are independent and split over the pool.
 */
public final class MaxPool2dKernel {

    private MaxPool2dKernel() {
    }

    /** Fills y with the window maxima and argmax with their positions in the input plane. */
    public static void forward(Pool2dShape s, float[] x, float[] y, int[] argmax) {
        ArrayLengths.require("max_pool2d", "x", x.length, s.inputSize(), s);
        ArrayLengths.require("max_pool2d", "y", y.length, s.outputSize(), s);
        ArrayLengths.require("max_pool2d", "argmax", argmax.length, s.outputSize(), s);
        boolean whole2x2Windows = s.kernelH() == 2 && s.kernelW() == 2 && s.strideH() == 2 && s.strideW() == 2
                && s.padH() == 0 && s.padW() == 0 && 2 * s.outHeight() <= s.height() && 2 * s.outWidth() <= s.width();
        Parallel.forRange(s.planes(), 1, (lo, hi) -> {
            for (int plane = lo; plane < hi; plane++) {
                if (whole2x2Windows) {
                    forwardPlane2x2(s, x, y, argmax, plane);
                } else {
                    forwardPlane(s, x, y, argmax, plane);
                }
            }
        });
    }

    /** The common 2x2, stride-2 pooling of LeNet and VGG without overhanging windows: four inputs read directly. */
    private static void forwardPlane2x2(Pool2dShape s, float[] x, float[] y, int[] argmax, int plane) {
        int width = s.width();
        int outHeight = s.outHeight();
        int outWidth = s.outWidth();
        int xPlane = plane * s.height() * width;
        int o = plane * outHeight * outWidth;
        for (int oh = 0; oh < outHeight; oh++) {
            int top = 2 * oh * width;
            for (int ow = 0; ow < outWidth; ow++, o++) {
                int i = top + 2 * ow;
                float x00 = x[xPlane + i];
                float x01 = x[xPlane + i + 1];
                float x10 = x[xPlane + i + width];
                float x11 = x[xPlane + i + width + 1];
                // Maximum first, then its first position, each a select rather than a branch: which input of a
                // window wins is a coin toss that a branch predictor would lose half the time.
                float max = Math.max(Math.max(x00, x01), Math.max(x10, x11));
                int best = i + width + 1;
                best = x10 == max ? i + width : best;
                best = x01 == max ? i + 1 : best;
                best = x00 == max ? i : best;
                if (max != max) {
                    best = firstNaN(x, xPlane, 2 * oh, 2 * oh + 2, 2 * ow, 2 * ow + 2, width);
                }
                y[o] = max;
                argmax[o] = best;
            }
        }
    }

    /** dx = the gradient routed back through argmax; dx is overwritten. */
    public static void backward(Pool2dShape s, float[] dy, int[] argmax, float[] dx) {
        ArrayLengths.require("max_pool2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("max_pool2d backward", "argmax", argmax.length, s.outputSize(), s);
        ArrayLengths.require("max_pool2d backward", "dx", dx.length, s.inputSize(), s);
        int inPlane = s.height() * s.width();
        int outPlane = s.outHeight() * s.outWidth();
        Parallel.forRange(s.planes(), 1, (lo, hi) -> {
            Arrays.fill(dx, lo * inPlane, hi * inPlane, 0f);
            for (int plane = lo; plane < hi; plane++) {
                for (int o = plane * outPlane; o < (plane + 1) * outPlane; o++) {
                    dx[plane * inPlane + argmax[o]] += dy[o];
                }
            }
        });
    }

    /** The window's first NaN (a NaN maximum is the only one that equals nothing). */
    private static int firstNaN(float[] x, int xPlane, int ihStart, int ihEnd, int iwStart, int iwEnd, int width) {
        for (int ih = ihStart; ih < ihEnd; ih++) {
            for (int iw = iwStart; iw < iwEnd; iw++) {
                if (Float.isNaN(x[xPlane + ih * width + iw])) {
                    return ih * width + iw;
                }
            }
        }
        throw new AssertionError("a NaN maximum without a NaN input");
    }

    private static void forwardPlane(Pool2dShape s, float[] x, float[] y, int[] argmax, int plane) {
        int height = s.height();
        int width = s.width();
        int outHeight = s.outHeight();
        int outWidth = s.outWidth();
        int kernelH = s.kernelH();
        int kernelW = s.kernelW();
        int strideH = s.strideH();
        int strideW = s.strideW();
        int xPlane = plane * height * width;
        int o = plane * outHeight * outWidth;
        for (int oh = 0; oh < outHeight; oh++) {
            int ihStart = Math.max(0, oh * strideH - s.padH());
            int ihEnd = Math.min(height, oh * strideH - s.padH() + kernelH);
            for (int ow = 0; ow < outWidth; ow++, o++) {
                int iwStart = Math.max(0, ow * strideW - s.padW());
                int iwEnd = Math.min(width, ow * strideW - s.padW() + kernelW);
                float max = Float.NEGATIVE_INFINITY;
                for (int ih = ihStart; ih < ihEnd; ih++) {
                    for (int i = xPlane + ih * width + iwStart, end = i + iwEnd - iwStart; i < end; i++) {
                        max = Math.max(max, x[i]);    // NaN propagates, as in PyTorch
                    }
                }
                y[o] = max;
                argmax[o] = max == max ? first(x, xPlane, max, ihStart, ihEnd, iwStart, iwEnd, width)
                        : firstNaN(x, xPlane, ihStart, ihEnd, iwStart, iwEnd, width);
            }
        }
    }

    /** Where in its window the maximum first occurs (row-major). */
    private static int first(float[] x, int xPlane, float max, int ihStart, int ihEnd, int iwStart, int iwEnd,
                             int width) {
        for (int ih = ihStart; ih < ihEnd; ih++) {
            for (int iw = iwStart; iw < iwEnd; iw++) {
                if (x[xPlane + ih * width + iw] == max) {
                    return ih * width + iw;
                }
            }
        }
        throw new AssertionError("the maximum is not in its window");
    }
}

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
        Parallel.forRange(s.planes(), 1, (lo, hi) -> {
            for (int plane = lo; plane < hi; plane++) {
                forwardPlane(s, x, y, argmax, plane);
            }
        });
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

    private static void forwardPlane(Pool2dShape s, float[] x, float[] y, int[] argmax, int plane) {
        int width = s.width();
        int xPlane = plane * s.height() * width;
        int o = plane * s.outHeight() * s.outWidth();
        for (int oh = 0; oh < s.outHeight(); oh++) {
            int ihStart = Math.max(0, oh * s.strideH() - s.padH());
            int ihEnd = Math.min(s.height(), oh * s.strideH() - s.padH() + s.kernelH());
            for (int ow = 0; ow < s.outWidth(); ow++, o++) {
                int iwStart = Math.max(0, ow * s.strideW() - s.padW());
                int iwEnd = Math.min(width, ow * s.strideW() - s.padW() + s.kernelW());
                int best = ihStart * width + iwStart;
                float max = Float.NEGATIVE_INFINITY;
                for (int ih = ihStart; ih < ihEnd; ih++) {
                    for (int iw = iwStart; iw < iwEnd; iw++) {
                        float v = x[xPlane + ih * width + iw];
                        if (v > max || Float.isNaN(v)) {
                            max = v;
                            best = ih * width + iw;
                        }
                    }
                }
                y[o] = max;
                argmax[o] = best;
            }
        }
    }
}

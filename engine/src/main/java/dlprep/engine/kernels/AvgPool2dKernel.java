package dlprep.engine.kernels;

import java.util.Arrays;

/**
 * Average pooling in float, with PyTorch's divisor. A window is first clipped to the padded input
 * ({@code [-pad, in + pad)}; in ceil mode the last window can reach past it), then to the real input:
 * the mean is the sum of the real elements divided by the first count when {@code countIncludePad}
 * (padding counts as zeros) and by the second otherwise. Backward spreads each output gradient evenly,
 * {@code dy / divisor}, over the real elements of its window. Planes are split over the pool.
 */
public final class AvgPool2dKernel {

    private AvgPool2dKernel() {
    }

    public static void forward(Pool2dShape s, float[] x, float[] y, boolean countIncludePad) {
        ArrayLengths.require("avg_pool2d", "x", x.length, s.inputSize(), s);
        ArrayLengths.require("avg_pool2d", "y", y.length, s.outputSize(), s);
        Parallel.forRange(s.planes(), 1, (lo, hi) -> {
            for (int plane = lo; plane < hi; plane++) {
                forwardPlane(s, x, y, countIncludePad, plane);
            }
        });
    }

    /** dx = dL/dx from dy = dL/dy; dx is overwritten. */
    public static void backward(Pool2dShape s, float[] dy, float[] dx, boolean countIncludePad) {
        ArrayLengths.require("avg_pool2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("avg_pool2d backward", "dx", dx.length, s.inputSize(), s);
        Parallel.forRange(s.planes(), 1, (lo, hi) -> {
            for (int plane = lo; plane < hi; plane++) {
                backwardPlane(s, dy, dx, countIncludePad, plane);
            }
        });
    }

    private static void forwardPlane(Pool2dShape s, float[] x, float[] y, boolean countIncludePad, int plane) {
        int width = s.width();
        int xPlane = plane * s.height() * width;
        int o = plane * s.outHeight() * s.outWidth();
        for (int oh = 0; oh < s.outHeight(); oh++) {
            int hStart = oh * s.strideH() - s.padH();
            int hEnd = Math.min(hStart + s.kernelH(), s.height() + s.padH());
            int paddedH = hEnd - hStart;
            hStart = Math.max(hStart, 0);
            hEnd = Math.min(hEnd, s.height());
            for (int ow = 0; ow < s.outWidth(); ow++, o++) {
                int wStart = ow * s.strideW() - s.padW();
                int wEnd = Math.min(wStart + s.kernelW(), width + s.padW());
                int paddedW = wEnd - wStart;
                wStart = Math.max(wStart, 0);
                wEnd = Math.min(wEnd, width);
                float sum = 0f;
                for (int ih = hStart; ih < hEnd; ih++) {
                    for (int iw = wStart; iw < wEnd; iw++) {
                        sum += x[xPlane + ih * width + iw];
                    }
                }
                int divisor = countIncludePad ? paddedH * paddedW : (hEnd - hStart) * (wEnd - wStart);
                y[o] = sum / divisor;
            }
        }
    }

    private static void backwardPlane(Pool2dShape s, float[] dy, float[] dx, boolean countIncludePad, int plane) {
        int width = s.width();
        int xPlane = plane * s.height() * width;
        int o = plane * s.outHeight() * s.outWidth();
        Arrays.fill(dx, xPlane, xPlane + s.height() * width, 0f);
        for (int oh = 0; oh < s.outHeight(); oh++) {
            int hStart = oh * s.strideH() - s.padH();
            int hEnd = Math.min(hStart + s.kernelH(), s.height() + s.padH());
            int paddedH = hEnd - hStart;
            hStart = Math.max(hStart, 0);
            hEnd = Math.min(hEnd, s.height());
            for (int ow = 0; ow < s.outWidth(); ow++, o++) {
                int wStart = ow * s.strideW() - s.padW();
                int wEnd = Math.min(wStart + s.kernelW(), width + s.padW());
                int paddedW = wEnd - wStart;
                wStart = Math.max(wStart, 0);
                wEnd = Math.min(wEnd, width);
                int divisor = countIncludePad ? paddedH * paddedW : (hEnd - hStart) * (wEnd - wStart);
                float share = dy[o] / divisor;
                for (int ih = hStart; ih < hEnd; ih++) {
                    for (int iw = wStart; iw < wEnd; iw++) {
                        dx[xPlane + ih * width + iw] += share;
                    }
                }
            }
        }
    }
}

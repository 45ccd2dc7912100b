package dlprep.engine.kernels;

import java.util.Arrays;

/**
 * Depthwise convolution (groups == inChannels == outChannels: every channel has its own kH x kW filter),
 * computed directly. Through im2col each group would be a 1 x K by K x P product, a matrix-vector product
 * that GEMM cannot speed up, and the column matrix would cost kH*kW times the input in memory traffic.
 *
 * <p>The direct loops go tap by tap: for kernel tap (ki, kj) every output row is a shifted input row
 * times one weight, {@code y[oh][ow] += w[ki][kj] * x[oh*sH - pH + ki*dH][ow*sW - pW + kj*dW]}, over the
 * range of ow whose input lies inside the image (padding contributes nothing). With stride 1 the inner loop
 * is a contiguous multiply-add ({@link FloatRows#axpy}) or dot product, a SIMD register at a time. Planes (image, channel) are independent and split over
 * the pool; the weight gradient is split by channel instead, each summing over the batch.
 */
final class DepthwiseConv2d {

    private DepthwiseConv2d() {
    }

    static void forward(Conv2dShape s, float[] x, float[] w, float[] bias, float[] y) {
        Parallel.forRange(s.batch() * s.inChannels(), 1, (lo, hi) -> {
            for (int plane = lo; plane < hi; plane++) {
                forwardPlane(s, x, w, bias, y, plane);
            }
        });
    }

    static void backwardInput(Conv2dShape s, float[] dy, float[] w, float[] dx) {
        Parallel.forRange(s.batch() * s.inChannels(), 1, (lo, hi) -> {
            for (int plane = lo; plane < hi; plane++) {
                backwardInputPlane(s, dy, w, dx, plane);
            }
        });
    }

    static void backwardWeight(Conv2dShape s, float[] x, float[] dy, float[] dw) {
        Parallel.forRange(s.inChannels(), 1, (lo, hi) -> {
            for (int c = lo; c < hi; c++) {
                for (int ki = 0; ki < s.kernelH(); ki++) {
                    for (int kj = 0; kj < s.kernelW(); kj++) {
                        dw[(c * s.kernelH() + ki) * s.kernelW() + kj] = (float) tapGradient(s, x, dy, c, ki, kj);
                    }
                }
            }
        });
    }

    private static void forwardPlane(Conv2dShape s, float[] x, float[] w, float[] bias, float[] y, int plane) {
        int c = plane % s.inChannels();
        int outW = s.outWidth();
        int strideW = s.strideW();
        int xPlane = plane * s.height() * s.width();
        int yPlane = plane * s.outHeight() * outW;
        Arrays.fill(y, yPlane, yPlane + s.outHeight() * outW, bias == null ? 0f : bias[c]);
        for (int ki = 0; ki < s.kernelH(); ki++) {
            for (int kj = 0; kj < s.kernelW(); kj++) {
                float weight = w[(c * s.kernelH() + ki) * s.kernelW() + kj];
                int shift = kj * s.dilationW() - s.padW();
                int owLo = Im2col.firstInside(shift, strideW, outW);
                int owHi = Im2col.endInside(shift, strideW, s.width(), outW);
                for (int oh = 0; oh < s.outHeight(); oh++) {
                    int ih = oh * s.strideH() - s.padH() + ki * s.dilationH();
                    if (ih < 0 || ih >= s.height()) {
                        continue;
                    }
                    int src = xPlane + ih * s.width() + shift;
                    int dst = yPlane + oh * outW;
                    if (strideW == 1) {
                        FloatRows.axpy(weight, x, src + owLo, y, dst + owLo, owHi - owLo);
                    } else {
                        for (int ow = owLo; ow < owHi; ow++) {
                            y[dst + ow] += weight * x[src + ow * strideW];
                        }
                    }
                }
            }
        }
    }

    private static void backwardInputPlane(Conv2dShape s, float[] dy, float[] w, float[] dx, int plane) {
        int c = plane % s.inChannels();
        int outW = s.outWidth();
        int strideW = s.strideW();
        int xPlane = plane * s.height() * s.width();
        int yPlane = plane * s.outHeight() * outW;
        Arrays.fill(dx, xPlane, xPlane + s.height() * s.width(), 0f);
        for (int ki = 0; ki < s.kernelH(); ki++) {
            for (int kj = 0; kj < s.kernelW(); kj++) {
                float weight = w[(c * s.kernelH() + ki) * s.kernelW() + kj];
                int shift = kj * s.dilationW() - s.padW();
                int owLo = Im2col.firstInside(shift, strideW, outW);
                int owHi = Im2col.endInside(shift, strideW, s.width(), outW);
                for (int oh = 0; oh < s.outHeight(); oh++) {
                    int ih = oh * s.strideH() - s.padH() + ki * s.dilationH();
                    if (ih < 0 || ih >= s.height()) {
                        continue;
                    }
                    int dst = xPlane + ih * s.width() + shift;
                    int src = yPlane + oh * outW;
                    if (strideW == 1) {
                        FloatRows.axpy(weight, dy, src + owLo, dx, dst + owLo, owHi - owLo);
                    } else {
                        for (int ow = owLo; ow < owHi; ow++) {
                            dx[dst + ow * strideW] += weight * dy[src + ow];
                        }
                    }
                }
            }
        }
    }

    /** dL/dw[c][ki][kj]: the sum over the batch of dy times the input that tap (ki, kj) saw. */
    private static double tapGradient(Conv2dShape s, float[] x, float[] dy, int c, int ki, int kj) {
        int outW = s.outWidth();
        int strideW = s.strideW();
        int shift = kj * s.dilationW() - s.padW();
        int owLo = Im2col.firstInside(shift, strideW, outW);
        int owHi = Im2col.endInside(shift, strideW, s.width(), outW);
        double total = 0;
        for (int n = 0; n < s.batch(); n++) {
            int plane = n * s.inChannels() + c;
            for (int oh = 0; oh < s.outHeight(); oh++) {
                int ih = oh * s.strideH() - s.padH() + ki * s.dilationH();
                if (ih < 0 || ih >= s.height()) {
                    continue;
                }
                int src = plane * s.height() * s.width() + ih * s.width() + shift;
                int grad = (plane * s.outHeight() + oh) * outW;
                if (strideW == 1) {
                    total += FloatRows.dot(dy, grad + owLo, x, src + owLo, owHi - owLo);
                } else {
                    float row = 0f;
                    for (int ow = owLo; ow < owHi; ow++) {
                        row += dy[grad + ow] * x[src + ow * strideW];
                    }
                    total += row;
                }
            }
        }
        return total;
    }
}

package dlprep.engine.kernels;

import java.util.Arrays;

/**
 * Max pooling in double by its definition, the oracle for {@link MaxPool2dKernel} and the float64 path for
 * gradient checks: every kernel tap of every window is visited, taps in the padding are skipped, and the
 * first largest value (or a NaN) wins. argmax is an index into the input plane, {@code ih * width + iw}.
 */
public final class MaxPool2dReference {

    private MaxPool2dReference() {
    }

    public static void forward(Pool2dShape s, double[] x, double[] y, int[] argmax) {
        ArrayLengths.require("max_pool2d", "x", x.length, s.inputSize(), s);
        ArrayLengths.require("max_pool2d", "y", y.length, s.outputSize(), s);
        ArrayLengths.require("max_pool2d", "argmax", argmax.length, s.outputSize(), s);
        int o = 0;
        for (int plane = 0; plane < s.planes(); plane++) {
            for (int oh = 0; oh < s.outHeight(); oh++) {
                for (int ow = 0; ow < s.outWidth(); ow++, o++) {
                    int best = -1;
                    for (int ki = 0; ki < s.kernelH(); ki++) {
                        for (int kj = 0; kj < s.kernelW(); kj++) {
                            int ih = oh * s.strideH() - s.padH() + ki;
                            int iw = ow * s.strideW() - s.padW() + kj;
                            if (ih < 0 || ih >= s.height() || iw < 0 || iw >= s.width()) {
                                continue;
                            }
                            double v = x[plane * s.height() * s.width() + ih * s.width() + iw];
                            if (best < 0 || v > y[o] || Double.isNaN(v)) {
                                y[o] = v;
                                best = ih * s.width() + iw;
                            }
                        }
                    }
                    argmax[o] = best;
                }
            }
        }
    }

    public static void backward(Pool2dShape s, double[] dy, int[] argmax, double[] dx) {
        ArrayLengths.require("max_pool2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("max_pool2d backward", "argmax", argmax.length, s.outputSize(), s);
        ArrayLengths.require("max_pool2d backward", "dx", dx.length, s.inputSize(), s);
        Arrays.fill(dx, 0);
        int outPlane = s.outHeight() * s.outWidth();
        for (int o = 0; o < dy.length; o++) {
            dx[o / outPlane * s.height() * s.width() + argmax[o]] += dy[o];
        }
    }
}

package dlprep.engine.kernels;

import java.util.Arrays;

/**
 * Average pooling in double by its definition, the oracle for {@link AvgPool2dKernel}: every kernel tap of
 * a window is visited and classified. A tap inside the input adds to the sum and to the real count; a tap
 * inside the padded input {@code [-pad, in + pad)} adds to the padded count (taps past that, which only a
 * ceil-mode window has, count for neither). The divisor is the padded count when {@code countIncludePad},
 * else the real count, as in PyTorch.
 */
public final class AvgPool2dReference {

    private AvgPool2dReference() {
    }

    public static void forward(Pool2dShape s, double[] x, double[] y, boolean countIncludePad) {
        ArrayLengths.require("avg_pool2d", "x", x.length, s.inputSize(), s);
        ArrayLengths.require("avg_pool2d", "y", y.length, s.outputSize(), s);
        forEachWindow(s, countIncludePad, (o, inputs, count, divisor) -> {
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += x[inputs[i]];
            }
            y[o] = sum / divisor;
        });
    }

    public static void backward(Pool2dShape s, double[] dy, double[] dx, boolean countIncludePad) {
        ArrayLengths.require("avg_pool2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("avg_pool2d backward", "dx", dx.length, s.inputSize(), s);
        Arrays.fill(dx, 0);
        forEachWindow(s, countIncludePad, (o, inputs, count, divisor) -> {
            for (int i = 0; i < count; i++) {
                dx[inputs[i]] += dy[o] / divisor;
            }
        });
    }

    /** One window: output index, the flat input indices of its {@code count} real elements, its divisor. */
    @FunctionalInterface
    private interface Window {
        void accept(int output, int[] inputs, int count, int divisor);
    }

    private static void forEachWindow(Pool2dShape s, boolean countIncludePad, Window window) {
        int[] inputs = new int[s.kernelH() * s.kernelW()];
        int o = 0;
        for (int plane = 0; plane < s.planes(); plane++) {
            for (int oh = 0; oh < s.outHeight(); oh++) {
                for (int ow = 0; ow < s.outWidth(); ow++, o++) {
                    int real = 0;
                    int padded = 0;
                    for (int ki = 0; ki < s.kernelH(); ki++) {
                        for (int kj = 0; kj < s.kernelW(); kj++) {
                            int ih = oh * s.strideH() - s.padH() + ki;
                            int iw = ow * s.strideW() - s.padW() + kj;
                            if (ih < s.height() + s.padH() && iw < s.width() + s.padW()) {
                                padded++;
                            }
                            if (ih >= 0 && ih < s.height() && iw >= 0 && iw < s.width()) {
                                inputs[real++] = (plane * s.height() + ih) * s.width() + iw;
                            }
                        }
                    }
                    window.accept(o, inputs, real, countIncludePad ? padded : real);
                }
            }
        }
    }
}

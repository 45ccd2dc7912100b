package dlprep.engine.kernels;

import java.util.Arrays;

/**
 * Convolution in double precision by its definition, the oracle that tests hold {@link Conv2dKernel} to and
 * the engine's float64 path for gradient checks. Slow on purpose: no im2col, no GEMM, no threads.
 *
 * <p>A convolution is a sum of products {@code y[yi] += x[xi] * w[wi]} over a fixed set of index triples
 * (one per output value, input channel of its group and kernel tap that lands inside the input).
 * {@link #forEachTap} lists those triples once; forward and all three gradients walk the same list, so
 * each backward is the forward with the roles of the factors swapped: {@code dx[xi] += dy[yi] * w[wi]},
 * {@code dw[wi] += dy[yi] * x[xi]}.
 */
public final class Conv2dReference {

    private Conv2dReference() {
    }

    /** {@code y = conv2d(x, w) + bias}; {@code bias} (one per output channel) may be null. */
    public static void forward(Conv2dShape s, double[] x, double[] w, double[] bias, double[] y) {
        ArrayLengths.require("conv2d", "x", x.length, s.inputSize(), s);
        ArrayLengths.require("conv2d", "w", w.length, s.weightSize(), s);
        ArrayLengths.require("conv2d", "y", y.length, s.outputSize(), s);
        if (bias != null) {
            ArrayLengths.require("conv2d", "bias", bias.length, s.outChannels(), s);
        }
        int planeSize = s.outHeight() * s.outWidth();
        for (int i = 0; i < y.length; i++) {
            y[i] = bias == null ? 0 : bias[i / planeSize % s.outChannels()];
        }
        forEachTap(s, (xi, wi, yi) -> y[yi] += x[xi] * w[wi]);
    }

    /** {@code dx = dL/dx} given {@code dy = dL/dy}; dx is overwritten. */
    public static void backwardInput(Conv2dShape s, double[] dy, double[] w, double[] dx) {
        ArrayLengths.require("conv2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("conv2d backward", "w", w.length, s.weightSize(), s);
        ArrayLengths.require("conv2d backward", "dx", dx.length, s.inputSize(), s);
        Arrays.fill(dx, 0);
        forEachTap(s, (xi, wi, yi) -> dx[xi] += dy[yi] * w[wi]);
    }

    /** {@code dw = dL/dw}, summed over the batch; dw is overwritten. */
    public static void backwardWeight(Conv2dShape s, double[] x, double[] dy, double[] dw) {
        ArrayLengths.require("conv2d backward", "x", x.length, s.inputSize(), s);
        ArrayLengths.require("conv2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("conv2d backward", "dw", dw.length, s.weightSize(), s);
        Arrays.fill(dw, 0);
        forEachTap(s, (xi, wi, yi) -> dw[wi] += dy[yi] * x[xi]);
    }

    /** {@code db[oc]} = sum of dy over the batch and the output plane of channel oc; db is overwritten. */
    public static void backwardBias(Conv2dShape s, double[] dy, double[] db) {
        ArrayLengths.require("conv2d backward", "dy", dy.length, s.outputSize(), s);
        ArrayLengths.require("conv2d backward", "db", db.length, s.outChannels(), s);
        int planeSize = s.outHeight() * s.outWidth();
        Arrays.fill(db, 0);
        for (int i = 0; i < dy.length; i++) {
            db[i / planeSize % s.outChannels()] += dy[i];
        }
    }

    /** One multiply-add of the convolution: {@code y[yIndex] += x[xIndex] * w[wIndex]}. */
    @FunctionalInterface
    interface Tap {
        void accept(int xIndex, int wIndex, int yIndex);
    }

    /** Calls {@code tap} for every product in the convolution, skipping taps that land in the zero padding. */
    static void forEachTap(Conv2dShape s, Tap tap) {
        int inPerGroup = s.inChannelsPerGroup();
        int outPerGroup = s.outChannelsPerGroup();
        for (int n = 0; n < s.batch(); n++) {
            for (int oc = 0; oc < s.outChannels(); oc++) {
                int group = oc / outPerGroup;
                for (int oh = 0; oh < s.outHeight(); oh++) {
                    for (int ow = 0; ow < s.outWidth(); ow++) {
                        int yi = ((n * s.outChannels() + oc) * s.outHeight() + oh) * s.outWidth() + ow;
                        for (int icg = 0; icg < inPerGroup; icg++) {
                            int ic = group * inPerGroup + icg;
                            for (int ki = 0; ki < s.kernelH(); ki++) {
                                int ih = oh * s.strideH() - s.padH() + ki * s.dilationH();
                                for (int kj = 0; kj < s.kernelW(); kj++) {
                                    int iw = ow * s.strideW() - s.padW() + kj * s.dilationW();
                                    if (ih >= 0 && ih < s.height() && iw >= 0 && iw < s.width()) {
                                        int xi = ((n * s.inChannels() + ic) * s.height() + ih) * s.width() + iw;
                                        int wi = ((oc * inPerGroup + icg) * s.kernelH() + ki) * s.kernelW() + kj;
                                        tap.accept(xi, wi, yi);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

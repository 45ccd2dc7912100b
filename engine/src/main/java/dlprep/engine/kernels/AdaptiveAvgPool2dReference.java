package dlprep.engine.kernels;

import java.util.Arrays;

/**
 * Adaptive average pooling in double, the oracle for {@link AdaptiveAvgPool2dKernel}: bin i covers input
 * rows {@code floor(i * H / outH) <= r < ceil((i + 1) * H / outH)}, computed here with floating-point
 * floor/ceil straight from that formula rather than with the kernel's integer arithmetic.
 */
public final class AdaptiveAvgPool2dReference {

    private AdaptiveAvgPool2dReference() {
    }

    public static void forward(int batch, int channels, int h, int w, int outH, int outW, double[] x, double[] y) {
        AdaptiveAvgPool2dKernel.check("adaptive_avg_pool2d", batch, channels, h, w, outH, outW,
                "x", x.length, "y", y.length);
        for (int plane = 0; plane < batch * channels; plane++) {
            for (int oh = 0; oh < outH; oh++) {
                for (int ow = 0; ow < outW; ow++) {
                    double sum = 0;
                    int count = 0;
                    for (int ih = start(oh, h, outH); ih < end(oh, h, outH); ih++) {
                        for (int iw = start(ow, w, outW); iw < end(ow, w, outW); iw++) {
                            sum += x[(plane * h + ih) * w + iw];
                            count++;
                        }
                    }
                    y[(plane * outH + oh) * outW + ow] = sum / count;
                }
            }
        }
    }

    public static void backward(int batch, int channels, int h, int w, int outH, int outW, double[] dy, double[] dx) {
        AdaptiveAvgPool2dKernel.check("adaptive_avg_pool2d backward", batch, channels, h, w, outH, outW,
                "dx", dx.length, "dy", dy.length);
        Arrays.fill(dx, 0);
        for (int plane = 0; plane < batch * channels; plane++) {
            for (int oh = 0; oh < outH; oh++) {
                for (int ow = 0; ow < outW; ow++) {
                    int hStart = start(oh, h, outH);
                    int hEnd = end(oh, h, outH);
                    int wStart = start(ow, w, outW);
                    int wEnd = end(ow, w, outW);
                    double share = dy[(plane * outH + oh) * outW + ow] / ((hEnd - hStart) * (wEnd - wStart));
                    for (int ih = hStart; ih < hEnd; ih++) {
                        for (int iw = wStart; iw < wEnd; iw++) {
                            dx[(plane * h + ih) * w + iw] += share;
                        }
                    }
                }
            }
        }
    }

    private static int start(int i, int in, int out) {
        return (int) Math.floor((double) i * in / out);
    }

    private static int end(int i, int in, int out) {
        return (int) Math.ceil((double) (i + 1) * in / out);
    }
}

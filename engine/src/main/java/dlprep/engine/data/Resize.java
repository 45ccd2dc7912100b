package dlprep.engine.data;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;

/**
 * Resizes an image to {@code height x width} by bilinear interpolation with half-pixel centres, matching
 * PyTorch's {@code F.interpolate(x, size=(height, width), mode='bilinear', align_corners=False)}
 * (without antialiasing, which torchvision's {@code Resize} adds when shrinking).
 *
 * <p>Pixel {@code i} of the output covers {@code [i, i + 1)} and has its centre at {@code i + 0.5}; mapped
 * back to the input with {@code scale = in / out}, the centre lands at {@code src = (i + 0.5) * scale - 0.5},
 * clamped at 0 (PyTorch's {@code area_pixel_compute_source_index}). The value there mixes input pixels
 * {@code floor(src)} and the next one (the edge pixel repeats) with weights {@code 1 - frac} and {@code frac},
 * first along the width, then along the height. Scales and weights are float32, as PyTorch's for float input.
 */
public final class Resize implements Transform {

    private final int height;
    private final int width;

    public Resize(int height, int width) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("Resize: the size must be at least 1x1, got " + height + "x" + width);
        }
        this.height = height;
        this.width = width;
    }

    @Override
    public Tensor apply(Tensor image, Generator random) {
        ImageShape in = ImageShape.of("Resize", image);
        Axis rows = new Axis(in.height(), height);
        Axis cols = new Axis(in.width(), width);
        Tensor out = in.zeros(height, width);
        float[] x = image.floatData();
        float[] y = out.floatData();
        int h = in.height();
        int w = in.width();
        for (int c = 0; c < in.channels(); c++) {
            int plane = c * h * w;
            for (int i = 0; i < height; i++) {
                int r0 = plane + rows.low[i] * w;
                int r1 = plane + rows.high[i] * w;
                float a1 = rows.frac[i];
                float a0 = 1 - a1;
                for (int j = 0; j < width; j++) {
                    int c0 = cols.low[j];
                    int c1 = cols.high[j];
                    float b1 = cols.frac[j];
                    float b0 = 1 - b1;
                    y[(c * height + i) * width + j] = a0 * (b0 * x[r0 + c0] + b1 * x[r0 + c1])
                            + a1 * (b0 * x[r1 + c0] + b1 * x[r1 + c1]);
                }
            }
        }
        return out;
    }

    /** For each output index along one axis: the two input indices it mixes and the weight of the second. */
    private static final class Axis {
        final int[] low;
        final int[] high;
        final float[] frac;

        Axis(int inSize, int outSize) {
            low = new int[outSize];
            high = new int[outSize];
            frac = new float[outSize];
            float scale = (float) inSize / outSize;
            for (int i = 0; i < outSize; i++) {
                float src = Math.max(scale * (i + 0.5f) - 0.5f, 0f);
                low[i] = (int) src;
                high[i] = Math.min(low[i] + 1, inSize - 1);
                frac[i] = src - low[i];
            }
        }
    }
}

package dlprep.vision.image;

import java.util.Arrays;

/**
 * A raster image of {@code width x height} pixels with 1 (gray) or 3 (RGB) channels.
 *
 * <p>Samples are stored as {@code float}, one plane per channel, row by row: sample {@code (c, x, y)} is
 * {@code data[(c * height + y) * width + x]}. Planes keep per-channel filters simple loops. The
 * {@link Depth} says what the samples mean: an {@code U8} image holds whole numbers in 0..255 (what a
 * PNG holds and what OpenCV's {@code CV_8U} arithmetic produces: results are rounded to the nearest
 * integer, ties to even, and saturated), an {@code F32} image holds any finite values on the same 0..255
 * scale (gradients, Laplacians and other signed results).
 */
public final class Image {

    /** What the samples of an image are allowed to be. */
    public enum Depth { U8, F32 }

    private final int width;
    private final int height;
    private final int channels;
    private final Depth depth;
    private final float[] data;

    private Image(int width, int height, int channels, Depth depth, float[] data) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image: size " + width + "x" + height
                    + " is empty; width and height must be at least 1");
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("image: " + channels + " channels; only 1 (gray) or 3 (RGB)");
        }
        if (data.length != width * height * channels) {
            throw new IllegalArgumentException("image: " + data.length + " samples for " + width + "x" + height
                    + "x" + channels);
        }
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.depth = depth;
        this.data = data;
    }

    /** A black image. */
    public static Image blank(int width, int height, int channels, Depth depth) {
        return new Image(width, height, channels, depth, new float[Math.multiplyExact(Math.multiplyExact(width, height), channels)]);
    }

    /**
     * Wraps planar samples (not copied). For {@code U8} every sample must already be a whole number in
     * 0..255; use {@link #toU8()} on a float image to round and saturate.
     */
    public static Image of(int width, int height, int channels, Depth depth, float[] planar) {
        Image image = new Image(width, height, channels, depth, planar);
        if (depth == Depth.U8) {
            for (int i = 0; i < planar.length; i++) {
                float v = planar[i];
                if (!(v >= 0 && v <= 255 && v == Math.rint(v))) {
                    throw new IllegalArgumentException("image: sample " + i + " is " + v
                            + ", not an 8-bit value; convert a float image with toU8()");
                }
            }
        }
        return image;
    }

    /** A gray 8-bit image from rows of 0..255 values (convenient for small hand-checked tests). */
    public static Image gray(int[][] rows) {
        int h = rows.length;
        int w = h == 0 ? 0 : rows[0].length;
        float[] data = new float[w * h];
        for (int y = 0; y < h; y++) {
            if (rows[y].length != w) {
                throw new IllegalArgumentException("image: row " + y + " has " + rows[y].length
                        + " pixels, row 0 has " + w);
            }
            for (int x = 0; x < w; x++) {
                data[y * w + x] = rows[y][x];
            }
        }
        return of(w, h, 1, Depth.U8, data);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int channels() {
        return channels;
    }

    public Depth depth() {
        return depth;
    }

    /** The sample of channel {@code c} at column {@code x}, row {@code y}. */
    public float get(int c, int x, int y) {
        return data[(c * height + y) * width + x];
    }

    /** Sets a sample; on a {@code U8} image the value is rounded and saturated like OpenCV's saturate_cast. */
    public void set(int c, int x, int y, float value) {
        data[(c * height + y) * width + x] = depth == Depth.U8 ? saturate(value) : value;
    }

    /** The planar samples themselves (not a copy): channel {@code c} starts at {@code c * width * height}. */
    public float[] data() {
        return data;
    }

    /** A copy of channel {@code c} as a gray image of the same depth. */
    public Image channel(int c) {
        int n = width * height;
        return new Image(width, height, 1, depth, Arrays.copyOfRange(data, c * n, (c + 1) * n));
    }

    public Image copy() {
        return new Image(width, height, channels, depth, data.clone());
    }

    /** This image with samples rounded to the nearest integer (ties to even) and saturated to 0..255. */
    public Image toU8() {
        float[] out = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = saturate(data[i]);
        }
        return new Image(width, height, channels, Depth.U8, out);
    }

    /**
     * This image rounded half up and saturated to 8 bits: what OpenCV's fixed-point paths do
     * ({@code (sum + half) >> shift} in pyrDown, pyrUp and the 8-bit GaussianBlur), where saturate_cast
     * would round ties to even.
     */
    public Image toU8HalfUp() {
        float[] out = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = saturate((float) Math.floor(data[i] + 0.5));
        }
        return new Image(width, height, channels, Depth.U8, out);
    }

    /** The same samples, allowed from now on to be any float. */
    public Image toF32() {
        return new Image(width, height, channels, Depth.F32, data.clone());
    }

    /**
     * This image in {@code depth}: rounded and saturated for {@code U8}, unchanged (not copied) when it
     * already has that depth. Filters compute in float and give back the depth of their input with it, as
     * OpenCV's {@code ddepth = -1} does.
     */
    public Image toDepth(Depth target) {
        if (target == depth) {
            return this;
        }
        return target == Depth.U8 ? toU8() : toF32();
    }

    /** An empty image of the same size, channel count and depth. */
    public Image blankLike() {
        return blank(width, height, channels, depth);
    }

    /** OpenCV's saturate_cast to 8 bits: round half to even, then clamp to 0..255 (NaN becomes 0). */
    public static float saturate(float value) {
        if (!(value > 0)) {
            return 0;
        }
        return value >= 255 ? 255 : (float) Math.rint(value);
    }

    @Override
    public String toString() {
        return "Image[" + width + "x" + height + "x" + channels + ", " + depth + "]";
    }
}

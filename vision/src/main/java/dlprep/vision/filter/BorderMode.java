package dlprep.vision.filter;

import java.util.Locale;

/**
 * What a filter reads outside the image, with OpenCV's names and semantics ({@code cv::BorderTypes};
 * the pictures show a row {@code abcdefgh} and what lies beyond its ends). The default is
 * {@link #REFLECT_101}, OpenCV's {@code BORDER_DEFAULT}: it repeats no edge pixel, so a smoothing filter
 * does not give the edge row extra weight.
 */
public enum BorderMode {
    /** {@code iiiiii|abcdefgh|iiiiiii}: a constant value {@code i} (0 unless given). */
    CONSTANT,
    /** {@code aaaaaa|abcdefgh|hhhhhhh}: the edge pixel repeated. */
    REPLICATE,
    /** {@code fedcba|abcdefgh|hgfedcb}: mirrored, the edge pixel included. */
    REFLECT,
    /** {@code gfedcb|abcdefgh|gfedcba}: mirrored about the edge pixel (OpenCV's BORDER_DEFAULT). */
    REFLECT_101,
    /** {@code cdefgh|abcdefgh|abcdefg}: the image repeated periodically. */
    WRAP;

    /** OpenCV's {@code BORDER_DEFAULT}. */
    public static final BorderMode DEFAULT = REFLECT_101;

    /**
     * The index in {@code 0..length-1} that coordinate {@code p} reads (OpenCV's borderInterpolate), or -1
     * for {@link #CONSTANT} outside the image. Works for any distance outside, also farther than the length
     * (a 7-tap kernel on a 2-pixel image reflects several times).
     */
    public int index(int p, int length) {
        if (p >= 0 && p < length) {
            return p;
        }
        switch (this) {
            case CONSTANT:
                return -1;
            case REPLICATE:
                return p < 0 ? 0 : length - 1;
            case WRAP:
                return Math.floorMod(p, length);
            default:
                if (length == 1) {
                    return 0;
                }
                // Mirroring is periodic: REFLECT has period 2n, REFLECT_101 period 2n - 2.
                int shift = this == REFLECT_101 ? 1 : 0;
                int period = 2 * length - 2 * shift;
                int q = Math.floorMod(p, period);
                return q < length ? q : period - q - 1 + shift;
        }
    }

    /**
     * One plane of {@code width x height} samples surrounded by {@code top, bottom, left, right} border
     * samples (OpenCV's copyMakeBorder), so a filter's inner loop reads without bounds checks.
     */
    public float[] pad(float[] plane, int offset, int width, int height, int top, int bottom, int left, int right,
                       float constant) {
        int pw = width + left + right;
        int ph = height + top + bottom;
        float[] out = new float[pw * ph];
        int[] columns = new int[pw];
        for (int x = 0; x < pw; x++) {
            columns[x] = index(x - left, width);
        }
        for (int y = 0; y < ph; y++) {
            int sy = index(y - top, height);
            int row = y * pw;
            for (int x = 0; x < pw; x++) {
                int sx = columns[x];
                out[row + x] = sy < 0 || sx < 0 ? constant : plane[offset + sy * width + sx];
            }
        }
        return out;
    }

    /**
     * A border mode by name, as OpenCV spells it or shorter, any case: {@code BORDER_REFLECT_101},
     * {@code reflect101}, {@code reflect-101}, {@code default}, {@code replicate}, ...
     */
    public static BorderMode parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (n.startsWith("BORDER_")) {
            n = n.substring("BORDER_".length());
        }
        switch (n) {
            case "DEFAULT":
            case "REFLECT101":
            case "REFLECT_101":
                return REFLECT_101;
            default:
                for (BorderMode mode : values()) {
                    if (mode.name().equals(n)) {
                        return mode;
                    }
                }
                throw new IllegalArgumentException("border: unknown mode '" + name
                        + "'; use constant, replicate, reflect, reflect101 (the default) or wrap");
        }
    }
}
